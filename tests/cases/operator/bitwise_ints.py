import operator as op

for a, b in [(0b1100, 0b1010), (-5, 3), (2**65, 2**64 + 1), (True, False)]:
    print(op.and_(a, b), op.or_(a, b), op.xor(a, b), op.invert(a), op.lshift(a, 2), op.rshift(a, 1))
print(op.and_(True, True), op.or_(False, False), op.xor(True, True))
try:
    op.lshift(1, -1)
except ValueError as e:
    print('ValueError:', e)
try:
    op.and_(1.0, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    op.invert(1.5)
except TypeError as e:
    print('TypeError:', e)
print(op.mod(-7, 3), op.mod(7, -3), op.floordiv(-7, 2), op.mod(5.5, 2))
print(op.pow(3, 4), op.pow(2.0, 0.5), op.pow(0, 0))
