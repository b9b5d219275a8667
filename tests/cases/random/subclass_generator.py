# Subclassing Random: overriding random() alone makes the integer methods use it.
import random


class Fixed(random.Random):
    """A 'generator' that walks through a fixed cycle of values."""

    def __init__(self, values):
        self.values = values
        self.i = 0
        super().__init__(0)

    def random(self):
        v = self.values[self.i % len(self.values)]
        self.i += 1
        return v


f = Fixed([0.1, 0.5, 0.99])
print([f.randrange(10) for _ in range(6)])
print(f.choice("abcdef"), f.uniform(0, 10))
seq = list(range(6))
f.shuffle(seq)
print(seq)


class Counting(random.Random):
    def __init__(self, seed):
        self.calls = 0
        super().__init__(seed)

    def getrandbits(self, k):
        self.calls += 1
        return super().getrandbits(k)


c = Counting(3)
print([c.randrange(100) for _ in range(5)], c.calls > 0)


class Plain(random.Random):
    pass


print(Plain(3).random() == random.Random(3).random())
print([Plain(9).randint(1, 100) for _ in range(3)])
print(isinstance(Plain(), random.Random), type(Plain(1)).__name__)
