# Exact arithmetic between Fractions and ints; floats and complex numbers take over when mixed.
from fractions import Fraction as F

a, b = F(1, 2), F(1, 3)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(a + 1, 1 + a, a - 2, 2 - a, a * 4, 4 * a, a / 3, 3 / a, 7 // a, 7 % F(2, 3))
print(a + 0.25, 0.25 + a, a * 1.5, 1.5 * a, a / 0.5, 2.0 - a)
print(a + 1j, 1j * a, a - (1 + 2j))
print(F(7, 2) // 1.5, divmod(F(7, 2), 1.5), 7.5 % F(2, 3), divmod(7, F(2, 3)))
print(-a, +a, abs(F(-5, 3)), F(3, 4) % F(1, 3), -F(3, 4) // F(1, 3), F(7, 3) % -2)
total = sum(F(1, n) for n in range(1, 11))
print(total, float(total))
print(sum([F(1, 3)] * 3) == 1, F(1, 10) * 3 == F(3, 10), 0.1 * 3 == 0.3)
for op in (lambda: a / 0, lambda: a / F(0), lambda: a // 0, lambda: a % 0, lambda: divmod(a, 0),
           lambda: a + "x", lambda: "x" + a):
    try:
        print(op())
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, "-", e)
