# Building Fractions from ints, pairs, floats, strings and other Fractions.
from fractions import Fraction

print(Fraction(), Fraction(3), Fraction(-7), Fraction(6, 4), Fraction(7, -21), Fraction(0, -5))
print(repr(Fraction(1, 3)), repr(Fraction(10, 5)), repr(Fraction(-0)))
print(Fraction(0.5), Fraction(0.1), Fraction(-2.75), Fraction(1e-3), Fraction(2.0 ** 60))
print(Fraction(Fraction(3, 4)), Fraction(Fraction(1, 2), Fraction(1, 3)), Fraction(True, 2))
print(Fraction(numerator=3, denominator=6), Fraction(2, Fraction(4, 5)))
for s in ["3/7", " -3/4 ", "+7", "1.5", "-.5", "3.", "1e3", "2.5e-3", "1E+2", "1_000/3",
          "1.2_3", "  1.5E-1_0  ", "0/9", "-0"]:
    print(repr(s), Fraction(s))
print(Fraction(10**30, 3 * 10**29), Fraction(-2**100, 2**98))
