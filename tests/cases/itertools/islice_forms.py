from itertools import islice, count

s = 'ABCDEFG'
print(list(islice(s, 2)))
print(list(islice(s, 2, 4)))
print(list(islice(s, 2, None)))
print(list(islice(s, 0, None, 2)))
print(list(islice(s, None, 5, 3)))
print(list(islice(s, 5, 2)))
print(list(islice(s, 1, 6, None)))
print(list(islice(s, None)))
print(list(islice(count(), 10, 20, 3)))
it = iter(range(10))
print(list(islice(it, 3)), list(it))
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))


class Two:
    def __index__(self):
        return 2


print(list(islice(s, Two())), list(islice(s, True, 3)))
x = islice('abc', 1)
print(type(x).__name__, iter(x) is x, next(x))
try:
    next(x)
except StopIteration:
    print('exhausted')
