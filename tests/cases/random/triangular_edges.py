# triangular() with the mode at the ends, reversed limits and a zero-width range.
import random

r = random.Random(3)
print([r.triangular(0, 1, 0) for _ in range(3)])
print([r.triangular(0, 1, 1) for _ in range(3)])
print([r.triangular(10, 0, 2) for _ in range(3)])
print([r.triangular(4, 4) for _ in range(2)], r.triangular(4, 4, 100))
print([r.uniform(5, 5), r.uniform(3, 1)])
