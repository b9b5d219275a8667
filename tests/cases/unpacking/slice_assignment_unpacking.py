lst = list(range(10))
lst[::2] = "abcde"
print(lst)
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    lst[::3] = range(10)
except ValueError as e:
    print("ValueError:", e)
lst[1:4] = []
print(lst)
lst[:0] = (*"xy",)
print(lst)
lst[len(lst):] = [*range(2)]
print(lst)
lst[2:3] = "WXYZ"
print(lst)
try:
    lst[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
a = [1, 2, 3]
a[::-1] = a
print(a)
b = [0, 1, 2, 3]
b[:] = (x * x for x in b)
print(b)
first, last = b[0], b[-1]
b[0], b[-1] = last, first
print(b)
c = list("hello")
c[1:-1], tail = ["_"], c[-1]
print(c, tail)
try:
    [1, 2][::2] = []
except ValueError as e:
    print("ValueError:", e)
