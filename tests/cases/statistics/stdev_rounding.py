# Standard deviations are the correctly rounded square roots of the exact variances.
from fractions import Fraction
from statistics import stdev, pstdev

print(stdev([1, 2, 3, 4]), pstdev([1, 2, 3, 4]))
print(stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(stdev([Fraction(1, 6), Fraction(1, 2), Fraction(5, 3)]), pstdev([2, 2, 2]))
print(stdev([10**20, 10**20 + 1, 10**20 + 2]), pstdev([1e-300, 2e-300, 3e-300]))
print(stdev([0.1 * i for i in range(100)]), pstdev(range(1000)))
print(stdev([1, 2, 3], xbar=2), pstdev([1, 2, 3], mu=1.5))
for data in ([3, 1, 4, 1, 5, 9, 2, 6], [2.5, 2.5000001], [1e15, 1e15 + 2, 1e15 + 5]):
    print(stdev(data), pstdev(data))
for f, arg in ((stdev, [1]), (pstdev, [])):
    try:
        f(arg)
    except Exception as e:
        print(type(e).__name__, e)
