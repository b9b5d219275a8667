from itertools import dropwhile, takewhile, filterfalse, starmap

data = [1, 4, 6, 4, 1]
print(list(dropwhile(lambda x: x < 5, data)))
print(list(takewhile(lambda x: x < 5, data)))
print(list(dropwhile(lambda x: True, data)), list(takewhile(lambda x: False, data)))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: sum(a), [[1, 2, 3], (), 'a' and (4,)])))
it = iter([1, 2, 3, 10, 4])
tw = takewhile(lambda x: x < 3, it)
print(list(tw), list(it))
for name, args in [('dropwhile', (len,)), ('takewhile', ()), ('starmap', (len,))]:
    import itertools
    try:
        getattr(itertools, name)(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    list(starmap(len, [1]))
except TypeError as e:
    print('TypeError:', e)
try:
    list(takewhile(None, [1]))
except TypeError as e:
    print('TypeError:', e)
