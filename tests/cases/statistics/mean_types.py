# mean() keeps the type of the data where it can.
from fractions import Fraction
from statistics import mean, fmean

print(mean([1, 2, 3]), mean([1, 2, 3, 4]), mean([1, 2.5]))
print(mean([Fraction(1, 2), Fraction(1, 3)]), mean([Fraction(1, 2), 1]), mean([Fraction(1, 2), 0.5]))
print(mean([True, False, True]), mean(iter([4, 8, 15, 16, 23, 42])))
print(mean([0.1] * 10), mean([1e308, 1e308]), mean([1e-320, 3e-320]))
print(mean([float("inf"), 1]), mean([float("nan"), 1]), mean([float("inf"), float("-inf")]))
print(mean(range(1, 101)), mean(x * x for x in range(10)))


class Meters(float):
    pass


m = mean([Meters(1.5), Meters(2.5)])
print(type(m).__name__, m)
print(fmean([1, 2, 3]), fmean(iter([0.5, 0.25])), fmean([3.5, 4.0, 5.25]))
print(fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
