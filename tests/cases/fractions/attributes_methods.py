# numerator/denominator, real/imag, conjugate, as_integer_ratio, from_float, from_decimal, str/repr.
from fractions import Fraction as F

x = F(-6, 8)
print(x.numerator, x.denominator, x.real, x.imag, x.conjugate(), x.as_integer_ratio())
print(str(x), repr(x), str(F(4, 2)), repr(F(4, 2)), f"{x}", "%s" % x, format(x, ""))
print(F.from_float(0.1), F.from_float(3), F.from_float(-0.0), F.from_float(2.5e-10))
print(F.from_decimal(7))
for call in (lambda: F.from_float("x"), lambda: F.from_decimal("x"), lambda: format(x, ".2f"),
             lambda: setattr(x, "numerator", 3)):
    try:
        print(call())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, "-", e)
print(bool(F(0)), bool(F(1, 9)), type(F(3).numerator).__name__)
print(F.__slots__, F.__module__, F.__name__)
