x: int = 5
print(x)
y: str
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
print(__annotations__)
z: "list[int]" = [1, 2]
print(z, __annotations__["z"])

def f():
    a: int = 3
    b: float
    return a

print(f())

class Point:
    x: int
    y: int = 0
    label: str = "origin"

print(Point.__annotations__)
print(Point.y, Point.label)
print(hasattr(Point, "x"))

d = {}
d["k"]: int = 9
print(d)

class Obj:
    pass
o = Obj()
o.attr: float = 1.5
print(o.attr)
n: int = 1 + 2 * 3
print(n)
