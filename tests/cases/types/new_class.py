import types
Point = types.new_class('Point', (), {}, lambda ns: ns.update(x=1, y=2))
print(Point.__name__, Point.x, Point.y, Point().x)
Sub = types.new_class('Sub', (Point,), exec_body=lambda ns: ns.update(z=3))
print(Sub.__mro__[1] is Point, Sub.z, Sub.x)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwds):
        print("prepare", name, kwds)
        return {'prepared': True}
    def __new__(mcls, name, bases, ns, **kwds):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kwds):
        super().__init__(name, bases, ns)
K = types.new_class('K', (), {'metaclass': Meta, 'flag': 1})
print(type(K).__name__, K.prepared)
meta, ns, kw = types.prepare_class('X', (), {'metaclass': Meta, 'opt': 2})
print(meta.__name__, ns, kw)
print(types.prepare_class('Y'))
class M1(type): pass
class M2(type): pass
A = M1('A', (), {})
B = M2('B', (), {})
try:
    types.new_class('C', (A, B))
except TypeError as e:
    print("TypeError:", e)
