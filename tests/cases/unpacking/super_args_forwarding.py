class Base:
    def __init__(self, name, *tags, color="red", **meta):
        self.name = name
        self.tags = tags
        self.color = color
        self.meta = meta

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, tags={self.tags}, color={self.color!r}, meta={self.meta})"


class Child(Base):
    def __init__(self, *args, size=1, **kwargs):
        self.size = size
        super().__init__(*args, **kwargs)


class GrandChild(Child):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("color", "green")
        super().__init__(*args, **kwargs)


print(Child("c1", "t1", "t2", size=3, color="blue", extra=True))
print(GrandChild("g1"))
print(GrandChild("g2", "x", color="black", size=9, note="n"))
try:
    GrandChild()
except TypeError as e:
    print("TypeError:", e)


class Mixin:
    def __init__(self, *args, **kwargs):
        self.mixed = True
        super().__init__(*args, **kwargs)


class Combined(Mixin, Base):
    pass


c = Combined("combo", "t", color="white")
print(c, c.mixed)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    @classmethod
    def from_tuple(cls, t):
        return cls(*t)

    @classmethod
    def from_dict(cls, d):
        return cls(**d)

    def __iter__(self):
        yield self.x
        yield self.y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point.from_tuple((1, 2))
q = Point.from_dict({"y": 4, "x": 3})
print(p, q, [*p, *q], Point(*q))
x, y = p
print(x + y)
try:
    Point.from_dict({"x": 1, "z": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    Point.from_tuple((1, 2, 3))
except TypeError as e:
    print("TypeError:", e)
