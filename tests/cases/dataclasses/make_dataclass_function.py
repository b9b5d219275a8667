from dataclasses import make_dataclass, field, fields, asdict, is_dataclass

Point = make_dataclass("Point", [("x", int), ("y", int, field(default=0))])
p = Point(1)
print(p, Point.__name__, Point.__qualname__, is_dataclass(Point))
print(Point.__annotations__)
print(Point.__doc__)
print(Point.__module__)

Loose = make_dataclass("Loose", ["a", "b"])
print(Loose(1, "two"), Loose.__annotations__)
print(Loose.__doc__)


def norm(self):
    return (self.x ** 2 + self.y ** 2 + self.z ** 2) ** 0.5


Point3 = make_dataclass("Point3", [("z", float, field(default=0.0))], bases=(Point,),
                        namespace={"norm": norm, "KIND": "3d"}, order=True)
q = Point3(1, 2, 2.0)
print(q, q.norm(), Point3.KIND, q < Point3(1, 2, 3.0))
print([f.name for f in fields(Point3)])
Frozen = make_dataclass("Frozen", ["v"], frozen=True)
try:
    Frozen(1).v = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(asdict(q))

for bad in (["a", "a"], ["class"], ["not valid"], [("a",)], [("a", int, 3, 4)], [3],
            [(1, int)]):
    try:
        make_dataclass("Bad", bad)
    except TypeError as e:
        print("TypeError:", e)

K = make_dataclass("K", [("n", int)], kw_only=True, repr=False, eq=False)
k = K(n=3)
print(k.n, "object at" in repr(k), k == K(n=3))
try:
    K(3)
except TypeError as e:
    print("TypeError:", e)
E = make_dataclass("E", [])
print(E(), E() == E())
