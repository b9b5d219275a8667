class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"))

class Config:
    DEFAULTS = {"debug": False}
    instances = 0

    def __init__(self):
        Config.instances += 1
        self.settings = dict(self.DEFAULTS)

a = Config()
b = Config()
a.settings["debug"] = True
print(a.settings, b.settings, Config.instances)

class Meta:
    name = "meta"
    items = [name.upper()] * 2
    doubled = name * 2

print(Meta.items, Meta.doubled)

class A:
    x = 1
class B(A):
    pass
B.x = 2
print(A.x, B.x)
del B.x
print(B.x)
print(sorted(k for k in vars(A) if not k.startswith("__")))
