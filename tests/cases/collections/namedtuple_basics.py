from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p)
print(p.x + p.y, p[0], p[-1], len(p))
x, y = p
print(x, y)
print(p == (11, 22), isinstance(p, tuple), hash(p) == hash((11, 22)))
print(Point._fields, Point.__name__, Point.__doc__)
print(Point)
print(p._asdict())
print(p._replace(x=100))
print(Point._make([3, 4]))
print(list(p), tuple(p), p * 2, p + (1,))
print(Point.x.__doc__, Point.y.__doc__)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(p.count(11), p.index(22))
print(p[:1], type(p[:1]).__name__)

Color = namedtuple('Color', 'red green blue')
print(Color(1, 2, 3))
Pair = namedtuple('Pair', 'a, b')
print(Pair('x', 'y'), Pair._fields)
Single = namedtuple('Single', 'only')
print(Single(5), Single.__doc__)
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, len(Empty()))

class Point3(namedtuple('Point3Base', 'x y z')):
    __slots__ = ()
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
    def __str__(self):
        return f'<{self.x}, {self.y}, {self.z}>'

q = Point3(1, -2, 3)
print(q, repr(q), q.norm1)
print(q._replace(z=0))

match p:
    case Point(a, b):
        print('matched', a, b)
d = {p: 'point'}
print(d[(11, 22)])
