class CountDown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


c = CountDown(3)
print(list(c), list(c))
print(sum(CountDown(4)), max(CountDown(5)), sorted(CountDown(3)))
it = iter(CountDown(2))
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)


class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return Range2Iter(self.n)


class Range2Iter:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i - 1


r = Range2(3)
print(list(r), list(r), [(a, b) for a in r for b in r if a < b])
print(3 in Range2(5), 7 in Range2(5))


class Fib:
    def __iter__(self):
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b


out = []
for n in Fib():
    if n > 100:
        break
    out.append(n)
print(out)
fib_iter = iter(Fib())
print([next(fib_iter) for _ in range(5)], next(fib_iter))
print(dict(zip("abc", Fib())), list(enumerate(CountDown(2))))


class NoIter:
    pass


for obj in (NoIter(), 5, None):
    try:
        iter(obj)
    except TypeError as e:
        print("TypeError:", e)


class NextOnly:
    def __next__(self):
        return 1


try:
    for x in NextOnly():
        pass
except TypeError as e:
    print("TypeError:", e)


class IterReturnsNonIterator:
    def __iter__(self):
        return [1, 2]


try:
    list(IterReturnsNonIterator())
except TypeError as e:
    print("TypeError:", e)
