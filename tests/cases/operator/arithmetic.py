import operator as op

pairs = [(7, 3), (-7, 3), (7.5, 2), (2, -1), (10**20, 7)]
for a, b in pairs:
    print(a, b, op.add(a, b), op.sub(a, b), op.mul(a, b), op.truediv(a, b),
          op.floordiv(a, b), op.mod(a, b))
print(op.pow(2, 10), op.pow(2, -1), op.pow(-8, 1 / 3) == (-8) ** (1 / 3))
print(op.neg(5), op.pos(-5), op.abs(-3.5), op.invert(5), op.inv(-1))
print(op.lshift(1, 10), op.rshift(1024, 3), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.add('ab', 'cd'), op.mul('ab', 3), op.mul([0], 4), op.mod('%s-%s', (1, 2)))
print(op.and_({1, 2, 3}, {2, 3, 4}), op.or_({1}, {2}), op.xor({1, 2}, {2, 3}), op.sub({1, 2}, {2}))
print(op.neg(True), op.pos(True), op.abs(-0.0), op.invert(False))
try:
    op.truediv(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    op.add(1, 'a')
except TypeError as e:
    print('TypeError:', e)
try:
    op.neg('a')
except TypeError as e:
    print('TypeError:', e)
try:
    op.matmul(1, 2)
except TypeError as e:
    print('TypeError:', e)
