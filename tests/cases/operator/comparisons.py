import operator as op

for a, b in [(1, 2), (2, 2), (3, 2), ('a', 'b'), ((1, 2), (1, 3)), (1, 1.0)]:
    print(a, b, op.lt(a, b), op.le(a, b), op.eq(a, b), op.ne(a, b), op.ge(a, b), op.gt(a, b))
print(op.eq([1], [1]), op.is_([1], [1]), op.is_not(None, None), op.is_(None, None))
print(op.not_(0), op.not_([1]), op.truth(''), op.truth('x'), op.truth(None))
print(op.lt({1}, {1, 2}), op.le({1, 2}, {1, 2}), op.gt({1, 2}, {1}))


class Version:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n

    def __eq__(self, other):
        return self.n == other.n


print(op.lt(Version(1), Version(2)), op.gt(Version(1), Version(2)), op.eq(Version(3), Version(3)))
try:
    op.lt(1, 'a')
except TypeError as e:
    print('TypeError:', e)
try:
    op.ge([], {})
except TypeError as e:
    print('TypeError:', e)
print(sorted([3, 1, 2], key=op.neg))
