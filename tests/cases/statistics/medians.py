# median, median_low, median_high and median_grouped.
from fractions import Fraction
from statistics import median, median_low, median_high, median_grouped

for data in ([3, 1, 2], [4, 1, 3, 2], [1, 3], [5], [2.5, 0.5, 1.5, 3.5], ["b", "a", "c", "d"][:3],
             [Fraction(1, 3), Fraction(1, 2)], range(10)):
    data = list(data)
    try:
        m = median(data)
    except TypeError as e:
        m = "TypeError"
    print(data, m, median_low(data), median_high(data))
print(median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(median_grouped([52, 52, 53, 54]))
print(median_grouped([1, 3, 3, 5, 7], interval=1), median_grouped([1, 3, 3, 5, 7], interval=2))
print(median_grouped([5]), median_grouped([Fraction(1), Fraction(2), Fraction(2)]))
try:
    median_grouped(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
