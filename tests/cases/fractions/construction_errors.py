# Invalid arguments to Fraction().
from fractions import Fraction

bad = [
    lambda: Fraction(1, 0),
    lambda: Fraction(0, 0),
    lambda: Fraction(-3, 0),
    lambda: Fraction("5/0"),
    lambda: Fraction(1.5, 2),
    lambda: Fraction("1", 2),
    lambda: Fraction(1, 2.0),
    lambda: Fraction([1]),
    lambda: Fraction(None),
    lambda: Fraction(float("inf")),
    lambda: Fraction(float("nan")),
    lambda: Fraction(1j),
]
for call in bad:
    try:
        print(call())
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, "-", e)
for s in [".", "1 / 2", "1/-2", "abc", "1e", "1_/2", "1.5/2", "0x10", "", "1__0", "1e_1", "/2",
          "1/", "- 1", "1.2.3", "inf", "nan"]:
    try:
        print(repr(s), Fraction(s))
    except ValueError as e:
        print("ValueError -", e)
