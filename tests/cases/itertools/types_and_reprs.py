import itertools

for name in ['count', 'cycle', 'repeat', 'accumulate', 'chain', 'compress', 'dropwhile',
             'filterfalse', 'groupby', 'islice', 'pairwise', 'starmap', 'takewhile',
             'zip_longest', 'product', 'permutations', 'combinations',
             'combinations_with_replacement']:
    obj = getattr(itertools, name)
    print(name, isinstance(obj, type), obj.__name__, obj.__module__)
print(callable(itertools.tee), itertools.tee.__name__)
print(isinstance(itertools.count(), itertools.count))
it = itertools.chain('ab')
print(iter(it) is it)
print(repr(itertools.repeat('a', 3)), repr(itertools.repeat(None)), repr(itertools.count(-2)))
print(str(itertools.count(3, 3)))
r = itertools.repeat((1, 2), 2)
print(list(r), r)


class Countdown(itertools.count):
    pass


print(isinstance(Countdown(), itertools.count))
print(Countdown(3), Countdown(1, 2))


class Again(itertools.repeat):
    pass


print(Again('z', 2), Again(0))
