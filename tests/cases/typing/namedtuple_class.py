from typing import NamedTuple

class Point(NamedTuple):
    """A point."""
    x: int
    y: int = 0

    def norm(self) -> int:
        return abs(self.x) + abs(self.y)

p = Point(1)
print(p, p.norm(), Point._fields, Point._field_defaults, Point.__annotations__)
print(Point.__doc__, Point.__mro__, Point.__module__)
print(p._asdict(), p._replace(x=5), Point._make([7, 8]))
x, y = Point(3, 4)
print(x, y, p == (1, 0), isinstance(p, tuple))
print(Point(y=2, x=1))
