# Generators seeded from the OS differ from each other; values stay in range.
import random

a, b = random.Random(), random.Random()
print([a.random() for _ in range(4)] != [b.random() for _ in range(4)])
random.seed()
print(0.0 <= random.random() < 1.0, 1 <= random.randint(1, 10) <= 10)
r = random.Random(None)
print(r.getstate()[0], len(r.getstate()[1]), r.getstate()[1][-1])
