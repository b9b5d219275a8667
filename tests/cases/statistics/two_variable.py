# covariance, correlation and linear_regression.
from statistics import covariance, correlation, linear_regression, StatisticsError

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(covariance(x, y), covariance(z, x), covariance(z, y))
print(correlation(x, x), correlation(x, z), correlation(x, y))
fit = linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11])
print(fit, fit.slope, fit.intercept, type(fit).__name__)
slope, intercept = linear_regression([1971, 1975, 1979, 1982, 1983], [1, 2, 3, 4, 5])
print(round(slope * 2019 + intercept))
print(linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
print(linear_regression([0.5, 1.5, 2.0], [1.1, 2.9, 4.2]))
for call in (lambda: covariance([1, 2], [1]), lambda: covariance([1], [1]),
             lambda: correlation([1, 1, 1], [1, 2, 3]), lambda: correlation([1], [2]),
             lambda: correlation([1, 2], [1]), lambda: linear_regression([2, 2], [1, 5]),
             lambda: linear_regression([1], [1]), lambda: linear_regression([1, 2], [3])):
    try:
        call()
    except StatisticsError as e:
        print("StatisticsError:", e)
