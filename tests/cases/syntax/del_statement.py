x = 5
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[::2]
print(lst)
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print(type(e).__name__, e)
class C:
    pass
c = C()
c.a = 1
c.b = 2
del c.a
print(hasattr(c, "a"), c.b)
try:
    del c.nope
except AttributeError as e:
    print(type(e).__name__, e)
a, b, c2 = 1, 2, 3
del a, b
print("c2" in dir(), "a" in dir())
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(f())
m = [[1, 2], [3, 4]]
del m[0][1]
print(m)
try:
    del lst[100]
except IndexError as e:
    print(type(e).__name__, e)
