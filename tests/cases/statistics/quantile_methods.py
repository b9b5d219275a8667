# quantiles() with both methods and several n.
from fractions import Fraction
from statistics import quantiles

data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119,
        99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102,
        121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104]
print(quantiles(data))
print([round(q, 1) for q in quantiles(data, n=10)])
print(quantiles(data, n=4, method="inclusive"))
print(quantiles(range(1, 11), n=10, method="inclusive"))
print(quantiles([1, 2]), quantiles([1, 2], n=1), quantiles([1, 2], method="inclusive"))
print(quantiles([1.5, 2, 7], n=3))
print(quantiles([Fraction(1, 3), 2, 7], n=5))
print(quantiles([10, 20, 30, 40], n=100)[:5])
