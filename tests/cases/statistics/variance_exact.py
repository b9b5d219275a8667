# Variances are exact: Fractions in, Fractions out; ints give ints when whole.
from fractions import Fraction
from statistics import variance, pvariance

print(variance([1, 2, 3, 4]), pvariance([1, 2, 3, 4]), variance([2, 4, 6]), pvariance([2, 4, 6]))
print(variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]))
print(variance([Fraction(1, 6), Fraction(1, 2), Fraction(5, 3)]))
print(pvariance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]))
print(variance([1, 2, 3, 4], 2.5), variance([1, 2, 3, 4], 2), pvariance([1, 2, 3], mu=2))
print(variance([1e9 + 1, 1e9 + 2, 1e9 + 3]), pvariance([0.1, 0.2, 0.3]))
print(variance([7, 7, 7]), pvariance([7.0, 7.0]), variance([True, False]))
print(variance(iter([1, 2, 3, 5])), pvariance(x / 2 for x in range(5)))
print(variance([1, float("inf")]), variance([1, float("nan")]))
for f, arg in ((variance, [1]), (pvariance, [])):
    try:
        f(arg)
    except Exception as e:
        print(type(e).__name__, e)
