# Sorting, min/max and sums over mixed Fractions, ints and floats.
from fractions import Fraction as F

values = [F(3, 4), 1, 0.5, F(-2, 3), -1, 2.25, F(9, 4), 0, F(1, 3)]
print(sorted(values))
print(sorted(values, reverse=True)[:3], min(values), max(values))
print(sum(v for v in values if isinstance(v, (int, F))), sum(values))
print(sorted([F(1, n) for n in range(1, 8)]))
print([F(n, 6) for n in range(7)])
print(len(set([F(1, 2), 0.5, F(2, 4), 1, F(1), 1.0])))
