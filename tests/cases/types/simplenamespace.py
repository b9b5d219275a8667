from types import SimpleNamespace
ns = SimpleNamespace(a=1, b='two')
print(ns, repr(ns), ns.a, ns.b)
ns.c = [3]
del ns.a
print(ns, vars(ns))
print(SimpleNamespace(x=1) == SimpleNamespace(x=1), SimpleNamespace(x=1) == SimpleNamespace(x=2))
print(SimpleNamespace() == SimpleNamespace(), SimpleNamespace(a=1) == {'a': 1})
try:
    SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
class Point(SimpleNamespace):
    pass
print(Point(x=1, y=2), Point(x=1) == SimpleNamespace(x=1))
ns.self = ns
print(ns)
print(getattr(SimpleNamespace(), 'missing', 'default'))
