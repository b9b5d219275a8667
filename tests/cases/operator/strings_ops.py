import operator as op

print(op.add('py', 'rite'), op.mul('-', 10), op.mul(3, 'ab'), op.mod('%05.2f', 3.14159))
print(op.mod('%(a)s/%(b)s', {'a': 1, 'b': 2}))
print(op.contains('substring', 'str'), op.indexOf('banana', 'n'), op.countOf('banana', 'a'))
print(op.getitem('hello', slice(None, None, -1)), op.lt('Z', 'a'), op.concat(b'ab', b'cd'))
print(op.add(b'x', bytearray(b'y')), op.iadd(bytearray(b'a'), b'b'))
try:
    op.add('a', 1)
except TypeError as e:
    print('TypeError:', e)
try:
    op.mul('a', 'b')
except TypeError as e:
    print('TypeError:', e)
try:
    op.mod('%d', 'x')
except TypeError as e:
    print('TypeError:', e)
try:
    op.setitem('abc', 0, 'z')
except TypeError as e:
    print('TypeError:', e)
