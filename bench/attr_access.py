# Attribute access: instance attribute loads/stores, class attribute loads,
# properties, attribute chains, getattr/setattr/hasattr with string names.


class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Box:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi
        self._scale = 1

    @property
    def width(self):
        return self.hi.x - self.lo.x

    @property
    def scale(self):
        return self._scale

    @scale.setter
    def scale(self, v):
        self._scale = v


def main():
    b = Box(Point(0, 0), Point(3, 4))
    total = 0
    for i in range(2400000):
        p = b.hi
        p.x = p.x + 1
        p.y = p.x - b.lo.y
        total += p.x + p.y + Point.dims + p.dims
        if p.x > 1000:
            p.x = 3
    for i in range(1800000):
        b.scale = i & 15
        total += b.width * b.scale
    names = ["x", "y"]
    q = Point(1, 2)
    for i in range(1200000):
        n = names[i & 1]
        setattr(q, n, getattr(q, n) + 1)
        if hasattr(q, "z"):
            total += 1
    total += q.x * 10 + q.y
    print("attr_access", total, b.hi.x, b.hi.y, q.x, q.y)


main()
