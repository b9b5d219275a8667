import itertools


def noisy(name, n):
    for i in range(n):
        print(f'  {name} yields {i}')
        yield i


print('chain')
c = itertools.chain(noisy('a', 2), noisy('b', 2))
print(next(c))
print('islice')
s = itertools.islice(noisy('c', 10), 1, 6, 2)
print(next(s), next(s))
print('zip_longest')
z = itertools.zip_longest(noisy('d', 1), noisy('e', 2))
print(next(z))
print(next(z))
print(next(z, 'stop'))
print('dropwhile')
d = itertools.dropwhile(lambda x: x < 1, noisy('f', 3))
print(next(d))
print('accumulate')
a = itertools.accumulate(noisy('g', 3))
print(next(a))
print('pairwise')
p = itertools.pairwise(noisy('h', 3))
print(next(p))
print('cycle')
cy = itertools.cycle(noisy('i', 2))
print([next(cy) for _ in range(5)])
print('filterfalse over infinite count')
print(next(itertools.filterfalse(lambda x: x < 1000, itertools.count())))
