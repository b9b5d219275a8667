from itertools import chain, compress

print(list(chain('abc', [1, 2], (3,), range(2))))
print(list(chain()), list(chain([], [])))
print(list(chain.from_iterable(['ab', 'cd', ''])))
print(list(chain.from_iterable([[1, 2], [3]])))


def gen():
    print('gen started')
    yield 'x'
    yield 'y'


c = chain.from_iterable([gen(), gen()])
print('created')
print(next(c))
print(list(c))
print(type(chain('a')).__name__, type(chain.from_iterable([])).__name__)
try:
    list(chain([1], 5))
except TypeError as e:
    print('TypeError:', e)
try:
    chain.from_iterable(5)
except TypeError as e:
    print('TypeError:', e)
try:
    chain(x=1)
except TypeError as e:
    print('TypeError:', e)
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(compress(range(10), [True, False] * 3)))
print(list(compress('abc', [0, 0, 0])), list(compress('ab', [1, 1, 1, 1])))
print(list(compress(data='xyz', selectors=[0, 1, 1])))
try:
    compress('abc')
except TypeError as e:
    print('TypeError:', e)
