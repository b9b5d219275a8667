a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = "xyz"
print(a)
first, *rest = "hello"
print(first, rest)
head, *mid, tail = (10,) * 2
print(head, mid, tail)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
merged = [*range(3), *"ab", *[None]]
print(merged)
t = (*[1, 2], 3)
print(t)
d = {**{"a": 1}, "b": 2, **{"a": 3}}
print(d)
s = {*[3, 1, 2], *(2, 5)}
print(sorted(s))
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **{"x": 1}, y=2))
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
