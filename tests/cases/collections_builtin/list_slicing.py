a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[8:2:-2])
print(a[100:], a[-100:2], a[5:2], a[::-3])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [10, 11]
print(b)
b[:] = [1, 2, 3]
print(b)
c = list(range(10))
c[::2] = "ABCDE"
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
del c[1::2]
print(c)
d = [1, 2, 3, 4, 5]
del d[-2:]
print(d)
try:
    a[1.5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
e = [0, 1, 2]
e[-1] = "last"
print(e, e[-3])
try:
    e[3] = 1
except IndexError as err:
    print(type(err).__name__, err)
