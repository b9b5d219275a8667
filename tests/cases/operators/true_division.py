print(7 / 2, -7 / 2, 6 / 3, 1 / 3, 2 / 3)
print(10 ** 20 / 10 ** 10, type(10 ** 20 / 10 ** 10).__name__)
print(1 / 7 * 7 == 1)
print(2 ** 64 / 3)
print((10 ** 400) / (10 ** 399))
print(123456789123456789 / 1)
print(1 / 10 ** 400)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10 ** 400 / 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
print(-0.0 / 1, 0.0 / -1, 0 / -1)
print(9007199254740993 / 1)
print(True / 2, 3 / True)
