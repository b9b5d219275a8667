# Method calls on class instances: plain methods, inherited methods, super()
# calls, calls through bound-method objects, and staticmethod/classmethod.


class Counter:
    def __init__(self):
        self.n = 0

    def inc(self):
        self.n += 1
        return self

    def add(self, k):
        self.n += k
        return self.n

    def get(self):
        return self.n


class Scaled(Counter):
    def __init__(self, factor):
        super().__init__()
        self.factor = factor

    def add(self, k):
        return super().add(k * self.factor)

    @staticmethod
    def clamp(v):
        return v if v < 1000003 else v % 1000003

    @classmethod
    def make(cls, factor):
        return cls(factor)


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)


def main():
    c = Counter()
    s = Scaled.make(3)
    total = 0
    for i in range(1000000):
        c.inc()
        c.add(i & 7)
        s.add(i & 3)
        total = Scaled.clamp(total + c.get() + s.get())
    inc = c.inc
    for _ in range(700000):
        inc()
    v = Vec(1, 2)
    w = Vec(3, -1)
    acc = 0
    for i in range(700000):
        acc += v.dot(w) + w.scaled(i & 3).dot(v)
    print("method_calls", c.get(), s.get(), total, acc)


main()
