# limit_denominator finds the closest fraction with a bounded denominator.
import math
from fractions import Fraction

pi = Fraction(math.pi)
for limit in (1, 2, 7, 10, 100, 113, 1000, 10**6):
    print(limit, pi.limit_denominator(limit))
print(Fraction("3.141592653589793").limit_denominator(10))
print(Fraction(1.1).limit_denominator(), Fraction(0.3).limit_denominator(), Fraction(-0.3).limit_denominator(10))
print(Fraction(math.e).limit_denominator(1000), Fraction(math.sqrt(2)).limit_denominator(100))
print(Fraction(1, 3).limit_denominator(3), Fraction(3, 7).limit_denominator(5))
print(Fraction(5, 10).limit_denominator(1), Fraction(-1, 2).limit_denominator(1))
try:
    Fraction(1, 3).limit_denominator(0)
except ValueError as e:
    print("ValueError -", e)
