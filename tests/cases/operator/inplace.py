import operator as op

a = [1, 2]
b = op.iadd(a, [3])
print(a, b, a is b)
t = (1,)
u = op.iadd(t, (2,))
print(t, u, t is u)
s = 'ab'
print(op.iadd(s, 'c'), s)
x = 10
print(op.isub(x, 3), op.imul(x, 3), op.itruediv(x, 4), op.ifloordiv(x, 4), op.imod(x, 4),
      op.ipow(x, 2), op.ilshift(x, 1), op.irshift(x, 1), op.iand(x, 6), op.ior(x, 5), op.ixor(x, 3))
st = {1, 2}
res = op.ior(st, {3})
print(st, res is st)
res = op.iand(st, {1, 3})
print(st)
lst = [0]
print(op.imul(lst, 3), lst)
print(op.iconcat([1], [2]), op.iconcat('a', 'b'))


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        self.items.append(other)
        return self


acc = Acc()
r = op.iadd(acc, 5)
op.iadd(acc, 6)
print(r is acc, acc.items)
try:
    op.iconcat(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    op.iadd([], 1)
except TypeError as e:
    print('TypeError:', e)
