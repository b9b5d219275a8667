class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        print(f"  __iter__ called (n={self.n})")
        k = self.n
        while k > 0:
            yield k
            k -= 1


a, b, c = Countdown(3)
print(a, b, c)
first, *rest = Countdown(5)
print(first, rest)
print([*Countdown(2), *Countdown(1)])
try:
    x, y = Countdown(3)
except ValueError as e:
    print("ValueError:", e)


class Pair:
    def __init__(self, left, right):
        self.left, self.right = left, right

    def __iter__(self):
        return iter((self.left, self.right))


p = Pair("L", "R")
left, right = p
print(left, right, dict([Pair("k", "v"), Pair("k2", "v2")]))


class GetItemSeq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10


u, v, w = GetItemSeq()
print(u, v, w, [*GetItemSeq()])


class BadIter:
    def __iter__(self):
        return 42


try:
    m, n = BadIter()
except TypeError as e:
    print("TypeError:", e)


class Exploding:
    def __iter__(self):
        yield 1
        raise RuntimeError("iterator exploded")


try:
    q, r = Exploding()
except RuntimeError as e:
    print("RuntimeError:", e)


class Infinite:
    def __iter__(self):
        n = 0
        while True:
            n += 1
            yield n


try:
    s, t = Infinite()
except ValueError as e:
    print("ValueError:", e)
head, *_ = [next(iter(Infinite()))]
print(head)
