# sample() switches between a pool copy (small populations) and a set of seen indexes
# (large populations); both must match CPython's picks.
import random

r = random.Random(314)
print(r.sample(range(10), 10))
print(r.sample(range(25), 5))
print(r.sample(range(30), 10))
print(r.sample(range(100), 10))
print(r.sample(range(10**6), 8))
print(r.sample(list("abcdefghijklmnopqrstuvwxyz"), 6))
print(r.sample(tuple(range(50)), 0))
print(sorted(r.sample(range(200), 150))[:10])
big = r.sample(range(10**9), 300)
print(len(big), len(set(big)), big[:4])
print(r.sample(["red", "blue"], counts=[4, 2], k=5))
print(r.sample("xyz", 7, counts=[3, 3, 1]))
