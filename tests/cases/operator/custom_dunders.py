import operator as op


class Vec:
    def __init__(self, *c):
        self.c = c

    def __repr__(self):
        return 'Vec%r' % (self.c,)

    def __add__(self, o):
        return Vec(*(a + b for a, b in zip(self.c, o.c)))

    def __mul__(self, k):
        return Vec(*(a * k for a in self.c))

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(*(-a for a in self.c))

    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5

    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))

    def __getitem__(self, i):
        return self.c[i]

    def __contains__(self, x):
        return x in self.c

    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c

    def __len__(self):
        return len(self.c)


v, w = Vec(3, 4), Vec(1, 2)
print(op.add(v, w), op.mul(v, 2), op.mul(2, v), op.neg(v), op.abs(v), op.matmul(v, w))
print(op.getitem(v, 1), op.contains(v, 4), op.eq(v, Vec(3, 4)), op.ne(v, w), op.length_hint(v))
print(op.imatmul(v, w), op.iadd(v, w), v)
print(op.truth(Vec()), op.not_(Vec(1)))


class Weird:
    def __lt__(self, other):
        return 'less!'

    def __bool__(self):
        raise ValueError('no truth')


print(op.lt(Weird(), 1))
try:
    op.truth(Weird())
except ValueError as e:
    print('ValueError:', e)
try:
    op.sub(v, w)
except TypeError as e:
    print('TypeError:', e)
