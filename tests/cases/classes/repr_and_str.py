class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

class OnlyStr:
    def __str__(self):
        return "just str"

class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "Both(str)"

class Fmt:
    def __format__(self, spec):
        return f"<{spec}>"

for obj in [OnlyRepr(), Both()]:
    print(str(obj), repr(obj), f"{obj}", f"{obj!r}", [obj], (obj,))
print(str(OnlyStr()), f"{OnlyStr()}")
print("%s|%r" % (Both(), Both()))
print(format(Fmt(), "xyz"), f"{Fmt():>10}")
print({"k": Both()})

class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"{type(self).__name__}({self.x!r}, {self.y!r})"

class Point3(Point):
    pass

print(Point(1, "a"), Point3([1], None))
print(repr(Point("x", 2.5)))
print(str([Point(1, 2)]))
