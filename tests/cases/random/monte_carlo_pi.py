# Monte-Carlo estimates of pi and of an integral, with a seeded generator.
import math
import random

rng = random.Random(31337)
inside = 0
n = 20000
for i in range(1, n + 1):
    x, y = rng.random(), rng.random()
    if x * x + y * y <= 1.0:
        inside += 1
    if i in (100, 1000, 10000, 20000):
        print(f"{i:6} samples: pi ~ {4 * inside / i:.6f}")

# integral of sin from 0 to pi is 2
total = sum(math.sin(rng.uniform(0, math.pi)) for _ in range(10000))
print(f"integral ~ {math.pi * total / 10000:.6f}")

# Buffon-style random walk: mean distance after 100 steps
dist = []
for _ in range(200):
    pos = 0
    for _ in range(100):
        pos += rng.choice((-1, 1))
    dist.append(abs(pos))
print("mean |walk|:", sum(dist) / len(dist))
