import operator as op

data = [1, 2, 3, 2, 1, 2]
print(op.countOf(data, 2), op.countOf(data, 9), op.indexOf(data, 3), op.indexOf('abc', 'c'))
print(op.contains(data, 3), op.contains('hello', 'ell'), op.contains({'a': 1}, 'b'))
print(op.concat([1], [2, 3]), op.concat('ab', 'c'), op.concat((1,), (2,)))
print(op.getitem(data, 0), op.getitem(data, slice(1, 3)), op.getitem({'k': 'v'}, 'k'), op.getitem('xyz', -1))
op.setitem(data, 0, 'first')
op.setitem(data, slice(1, 3), ['a', 'b', 'c'])
print(data)
op.delitem(data, 0)
op.delitem(data, slice(0, 2))
print(data)
d = {}
op.setitem(d, 'x', 1)
print(d, op.countOf([float('nan')] * 2, float('nan')))
nan = float('nan')
print(op.countOf([nan, nan], nan), op.indexOf([1, nan], nan))
for f, args in [(op.indexOf, (data, 'missing')), (op.concat, (1, 2)), (op.concat, ([1], (2,))),
                (op.countOf, (5, 1)), (op.indexOf, (None, 1)), (op.getitem, ([], 1)),
                (op.delitem, ({}, 'k')), (op.contains, (3, 3))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__ + ':', e)
