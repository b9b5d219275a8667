from collections import namedtuple

Employee = namedtuple('Employee', 'name title dept salary', defaults=['eng', 100])
staff = [Employee('ann', 'dev'), Employee('bob', 'mgr', 'ops', 150), Employee('cy', 'dev', salary=120)]
for e in staff:
    print(e)
print(sorted(staff, key=lambda e: -e.salary)[0].name)
print(Employee._field_defaults, Employee._fields, Employee.__match_args__)

for e in staff:
    match e:
        case Employee(name=n, dept='ops'):
            print('ops person', n)
        case Employee(n, 'dev', _, s) if s > 110:
            print('senior dev', n, s)
        case Employee(name=n):
            print('other', n)

Point = namedtuple('Point', 'x y')
class Vector(Point):
    __slots__ = ()
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
v = Vector(3, 4) + Vector(1, 1)
print(v, abs(Vector(3, 4)), v._replace(x=0), type(v._replace(x=0)).__name__, Vector._make((1, 2)))
print(v._asdict(), type(v._asdict()).__name__)

Point3D = namedtuple('Point3D', Point._fields + ('z',))
print(Point3D(1, 2, 3), Point3D._fields)
P2 = namedtuple('P2', iter(['a', 'b']))
print(P2(1, 2), namedtuple('Gen', (f'f{i}' for i in range(3)))(*'abc'))
d = {'x': 10, 'y': 20}
print(Point(**d), Point._make(d.values()), Point(*d))
pts = [Point(1, 2), Point(1, 2), Point(2, 1)]
print(len(set(pts)), pts.count(Point(1, 2)), max(pts), min(pts, key=lambda p: p.y))
print(Point.__new__.__doc__, Point._make.__doc__, Point._replace.__doc__)
print(Point.__new__.__qualname__, Point.__repr__.__qualname__, Point._asdict.__qualname__)
print(Point.x, type(Point.x).__name__ == type(Point.y).__name__)
print(hasattr(Point(1, 2), '__dict__'), Point(1, 2).__getnewargs__())
try:
    Point(1, 2)._replace(w=3)
except ValueError as e:
    print(e)
