# geometric_mean and harmonic_mean, weighted and not.
from fractions import Fraction
from statistics import geometric_mean, harmonic_mean

print(round(geometric_mean([54, 24, 36]), 9), geometric_mean([1, 2, 4]), geometric_mean([2.5]))
print(harmonic_mean([40, 60]), harmonic_mean([1, 2, 4]), harmonic_mean([2.5, 3, 10]))
print(harmonic_mean([40, 60], weights=[5, 30]), harmonic_mean([2.5, 3], [1, 1]))
print(harmonic_mean([Fraction(1, 2), Fraction(1, 3)]), harmonic_mean([3]), harmonic_mean([2.0]))
print(harmonic_mean([1, 0, 4]), harmonic_mean([5, 10], weights=[0, 1]))
speeds = [60, 40, 50]
print("average speed:", harmonic_mean(speeds))
