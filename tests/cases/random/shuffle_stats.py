# Position counts after many shuffles of a short list (fixed seed).
import random

rng = random.Random(4)
positions = {x: [0, 0, 0, 0] for x in "abcd"}
for _ in range(4000):
    items = list("abcd")
    rng.shuffle(items)
    for i, x in enumerate(items):
        positions[x][i] += 1
for x in "abcd":
    print(x, positions[x])
