# Comparisons with Fractions, ints, floats, infinities and NaN.
from fractions import Fraction as F

a = F(1, 2)
print(a == F(2, 4), a == 0.5, a == 1, F(2) == 2, a != 0.5, a == 0.5 + 0j, a == complex(0.5, 1))
print(a < 1, 1 > a, a <= 0.5, a >= F(1, 3), a > float("-inf"), a < float("inf"))
print(a == float("nan"), a < float("nan"), a > float("nan"))
print(sorted([F(2, 3), 0.5, 1, F(-1, 7), 0.25, F(5, 4)]))
print(max(F(1, 2), 0.4, 1), min(F(1, 3), F(2, 7)))
print(F(1, 3) == 1 / 3, F(1, 3) < 1 / 3, F.from_float(1 / 3) == 1 / 3)
for op in (lambda: a < "x", lambda: a < 1j, lambda: a >= None):
    try:
        print(op())
    except TypeError as e:
        print("TypeError -", e)
