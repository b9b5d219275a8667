import operator
from itertools import accumulate

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 4, 6, 2, 1, 9, 0, 7], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=None)), list(accumulate([], initial=0)))
print(list(accumulate(['a', 'b', 'c'])))
print(list(accumulate([[1], [2], [3]])))
print(list(accumulate(range(1, 6), func=lambda a, b: a * 10 + b)))
balance = 1000.0
payments = [90.0, 90.0, 90.0]
print(list(accumulate(payments, lambda bal, pmt: bal * 1.05 - pmt, initial=balance)))
try:
    list(accumulate([1, 'x']))
except TypeError as e:
    print('TypeError:', e)
try:
    accumulate()
except TypeError as e:
    print('TypeError:', e)
try:
    accumulate(3)
except TypeError as e:
    print('TypeError:', e)
a = accumulate([1, 2])
print(next(a), next(a), next(a, 'done'))
