import operator as op

a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(op.or_(a, b), op.or_(b, a))
c = dict(a)
r = op.ior(c, b)
print(c, r is c)
print(op.getitem(a, 'x'), op.contains(a, 'y'), op.contains(a.values(), 2))
op.setitem(a, 'w', 0)
op.delitem(a, 'x')
print(a, op.countOf(a, 'y'), op.indexOf(a, 'w'))
try:
    op.getitem(a, 'nope')
except KeyError as e:
    print('KeyError:', e)
print(op.eq(a.keys(), {'y', 'w'}), op.and_(a.keys(), {'y'}), op.sub(a.keys(), {'y'}))
