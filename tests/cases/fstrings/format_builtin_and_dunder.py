class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __format__(self, spec):
        if spec.endswith("p"):
            inner = spec[:-1]
            return f"({self.x:{inner}}, {self.y:{inner}})"
        return f"Vec[{format(self.x, spec)}, {format(self.y, spec)}]"
    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"
v = Vec(1.5, -2.25)
print(f"{v}", f"{v:.1f}", f"{v:.3fp}", f"{v!r}", format(v, "+"), "{:>6.1fp}".format(v))
print(format(12, ""), format(12.0, ""), format("s", ""), format(True, ""), format(None, ""))
class NoFormat:
    def __str__(self):
        return "nf"
print(f"{NoFormat()}", format(NoFormat()), f"{NoFormat()!s:>4}")
try:
    f"{NoFormat():>4}"
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)
print((3.5).__format__(".3f"), (255).__format__("x"), "ab".__format__("^6"), int.__format__(7, "03"))
