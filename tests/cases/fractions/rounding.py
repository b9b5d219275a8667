# round(), math.floor/ceil/trunc and int() on Fractions.
import math
from fractions import Fraction as F

for x in [F(7, 2), F(5, 2), F(-5, 2), F(-7, 2), F(1, 3), F(-1, 3), F(12345, 100), F(0)]:
    print(x, round(x), math.floor(x), math.ceil(x), math.trunc(x), int(x))
print(round(F(12345, 100), 1), round(F(12345, 100), -1), round(F(1, 3), 0), round(F(2, 3), 3))
print(round(F(-25, 1000), 2), round(F(35, 1000), 2), type(round(F(7, 2))).__name__)
print(float(F(1, 3)), float(F(10**400, 10**399 + 1)), complex(F(1, 2)))
try:
    float(F(10**400))
except OverflowError as e:
    print("OverflowError -", e)
