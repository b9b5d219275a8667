"""Small geometry library: dataclasses with operators, ordering and cached derived fields."""
import math
from dataclasses import dataclass, field, astuple


@dataclass(frozen=True)
class Vec:
    x: float = 0.0
    y: float = 0.0

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __iter__(self):
        return iter(astuple(self))


@dataclass(order=True)
class Polygon:
    sort_key: float = field(init=False, repr=False)
    name: str
    points: list = field(compare=False)

    def __post_init__(self):
        self.sort_key = self.area()

    def area(self):
        total = 0.0
        pts = self.points
        for a, b in zip(pts, pts[1:] + pts[:1]):
            total += a.x * b.y - b.x * a.y
        return abs(total) / 2

    def perimeter(self):
        pts = self.points
        return sum(abs(b - a) for a, b in zip(pts, pts[1:] + pts[:1]))


square = Polygon("square", [Vec(0, 0), Vec(2, 0), Vec(2, 2), Vec(0, 2)])
tri = Polygon("triangle", [Vec(0, 0), Vec(3, 0), Vec(0, 4)])
thin = Polygon("thin", [Vec(0, 0), Vec(10, 0), Vec(10, 0.1)])
for p in sorted([square, tri, thin]):
    print(f"{p.name:8} area={p.area():6.2f} perimeter={p.perimeter():6.2f}")
v = Vec(1, 2) + Vec(3, 4) * 2 - 0.5 * Vec(2, 2)
print(v, abs(Vec(3, 4)), list(v), tuple(Vec()))
x, y = Vec(7, 8)
print(x, y)
print(square)
print({Vec(1, 1): "a", Vec(1.0, 1.0): "b"})
print(sorted([Vec(2, 1), Vec(1, 5), Vec(1, 2)], key=astuple))
try:
    Vec(1, 1) < Vec(2, 2)
except TypeError as e:
    print("TypeError:", e)
