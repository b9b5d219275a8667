# Powers: integral exponents stay exact; others give floats or complex numbers.
from fractions import Fraction as F

print(F(2, 3) ** 2, F(2, 3) ** -2, F(-2, 3) ** 3, F(-2, 3) ** -3, F(5) ** 0, F(0) ** 3)
print(F(4) ** F(-1), F(9, 4) ** F(1, 2), F(1, 2) ** 0.5, F(2) ** (1 + 1j))
print(2 ** F(3), 2 ** F(-2), 2 ** F(1, 2), 1.5 ** F(2), (-8) ** F(1, 3))
print(F(3) ** F(2), type(F(3) ** F(2)).__name__, type(2 ** F(2)).__name__)
print(F(10) ** 30)
for call in (lambda: F(0) ** -1, lambda: F(0, 1) ** -2):
    try:
        print(call())
    except ZeroDivisionError as e:
        print("ZeroDivisionError -", e)
