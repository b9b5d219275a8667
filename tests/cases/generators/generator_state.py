def gen():
    yield 1
    yield 2

g = gen()
print(g.gi_running)
print(next(g))
print(list(g))
print(g.__name__, g.__qualname__)

def reentrant():
    yield next(me)

me = reentrant()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1

c = Countdown(3)
print(list(c), list(c))
print([x for x in c if x != 2])

def two_iters():
    it = iter(range(6))
    for a in it:
        b = next(it)
        yield a, b

print(list(two_iters()))
