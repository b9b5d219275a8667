# Subclasses of Fraction, and copying.
import copy
from fractions import Fraction


class Money(Fraction):
    def __str__(self):
        return f"${float(self):.2f}"


m = Money(199, 100)
print(m, repr(m), type(m).__name__)
print(type(m + 1).__name__, type(+m).__name__, type(abs(m)).__name__, type(-m).__name__)
print(type(Money.from_float(0.5)).__name__, type(m.limit_denominator(10)).__name__)
print(copy.copy(m), type(copy.copy(m)).__name__, copy.deepcopy(Fraction(1, 3)))
f = Fraction(2, 3)
print(copy.copy(f) is f, copy.deepcopy(f) is f)
print(Money(3, 4) == Fraction(3, 4), hash(Money(3, 4)) == hash(0.75))
print(f.__reduce__())
