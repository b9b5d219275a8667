import itertools
from itertools import tee

a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee(iter('abcd'), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee('x', 0), len(tee('x', 1)))
print(type(tee([])[0]), type(tee([])[0]).__name__)


def counter():
    for i in range(3):
        print('produce', i)
        yield i


x, y = tee(counter())
print(next(x), next(x))
print(next(y))
print(list(x), list(y))
# teeing a tee shares the buffer
p, q = tee(range(3))
r, s = tee(p)
print(list(r), list(s), list(q))
for args in [([], -1), (5,), ([], 'a')]:
    try:
        tee(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)


def moving_pairs(seq):
    a, b = tee(seq)
    next(b, None)
    return list(zip(a, b))


print(moving_pairs([10, 20, 30, 45]))
