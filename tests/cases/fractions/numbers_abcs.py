# The numeric tower: int/float/complex/Fraction against the numbers ABCs.
import numbers
from fractions import Fraction

kinds = [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]
for value in [3, True, 2.5, 1j, Fraction(1, 2), "7", None]:
    print(repr(value), [isinstance(value, k) for k in kinds])
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational),
      issubclass(Fraction, numbers.Real), issubclass(complex, numbers.Real))
print(numbers.__all__)
print([k.__name__ for k in Fraction.__mro__])


class Meters(numbers.Real):
    pass


try:
    Meters()
except TypeError as e:
    print("TypeError -", e)


class Tally:
    def __init__(self, n):
        self.n = n


numbers.Integral.register(Tally)
print(isinstance(Tally(3), numbers.Number), issubclass(Tally, numbers.Rational))
print(numbers.Number.__hash__, sorted(numbers.Rational.__abstractmethods__)[:5])
