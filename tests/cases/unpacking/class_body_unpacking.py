class Palette:
    RED, GREEN, BLUE = range(3)
    PRIMARY = (RED, GREEN, BLUE)
    first, *others = "cmyk"
    (a, b), c = (1, 2), 3
    names = [*"rgb"]


print(Palette.RED, Palette.GREEN, Palette.BLUE, Palette.PRIMARY)
print(Palette.first, Palette.others, Palette.a, Palette.b, Palette.c, Palette.names)


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, *coords):
        self.x, self.y, self.z = coords

    def __iter__(self):
        return iter((self.x, self.y, self.z))

    def __repr__(self):
        return "Vec({}, {}, {})".format(*self)

    def replace(self, **changes):
        values = {"x": self.x, "y": self.y, "z": self.z, **changes}
        return Vec(*values.values())


v = Vec(1, 2, 3)
print(v, [*v], sum(v), v.replace(y=20), v.replace(z=0, x=-1))
x, y, z = v
print(x, y, z)
try:
    Vec(1, 2)
except ValueError as e:
    print("ValueError:", e)
print("{}-{}-{}".format(*v), "{x}/{y}".format(**{"x": 1, "y": 2}))
print("%s %s %s" % tuple(v), "%(a)s+%(b)s" % {"a": 1, "b": 2})
