class Thing:
    kind = "thing"
    def __init__(self, size):
        self.size = size
        self.tags = []
    def method(self):
        return self.size

t = Thing(3)
print(callable(Thing), callable(t), callable(t.method), callable(print), callable(len), callable(None), callable("s"))
print(type(t).__name__, type(Thing).__name__, type(3).__name__, type("s"), type(None), type(type))
print(type(1) is int, type(True) is bool, type(1.0) == float)
print(vars(t))
t.extra = [1]
print(vars(t))
print(sorted(k for k in vars(Thing) if not k.startswith("__")))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
T2 = type("T2", (), {"x": 1})
print(T2.__name__, T2().x, type(T2()).__name__)
print(type(len).__name__, type(t.method).__name__, type(Thing.method).__name__, type(lambda: 0).__name__)
print(type(x for x in []).__name__, type(range(1)).__name__, type(...).__name__, type(NotImplemented).__name__)
