import copy


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


class Polygon:
    def __init__(self, points, name):
        self.points = points
        self.name = name


p = Point(1, 2)
q = copy.copy(p)
q.x = 10
print(p, q, type(q) is Point)
poly = Polygon([Point(0, 0), Point(1, 1)], 'line')
shallow = copy.copy(poly)
deep = copy.deepcopy(poly)
shallow.points.append(Point(2, 2))
print(len(poly.points), len(deep.points), shallow.points is poly.points, deep.points[0] is poly.points[0])
print(deep.points, deep.name)


class Empty:
    pass


e = copy.copy(Empty())
print(type(e).__name__, e.__dict__)


class Counter:
    instances = 0

    def __init__(self):
        Counter.instances += 1
        self.n = 0


c = Counter()
c.n = 5
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
print(Counter.instances, c2.n, c3.n)
