from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p)
print(repr(Point(3)))
print(Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1), Point(1, 2) != Point(1, 3))
print(p.x, p.y)
p.x = 10
print(p)
print(Point(x=5, y=6), Point(y=7, x=8))
print(Point.__hash__)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
print(Point.__match_args__)
print(Point.__doc__)
print(Point.y)
print(hasattr(Point, "x"))
print(sorted(Point.__dataclass_fields__))
print(str(p) == repr(p))
