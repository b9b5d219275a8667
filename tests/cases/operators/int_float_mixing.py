print(1 + 1.0, type(1 + 1.0).__name__)
print(3 * 0.1, 0.1 * 3, 3 - 0.5, 10 // 2.5)
print(True + 1.5, False * 2.0)
print(2 ** 62 + 0.5, 2 ** 63 * 1.0)
print(10 ** 22 * 1.0, 10 ** 23 * 1.0)
print(int(2.0 ** 63), int(1e22), int(-1e22))
print(sum([0.1] * 10), sum([1, 2, 3.0]))
print(round(2.675 * 100), 2.675 * 100)
try:
    (10 ** 400) + 1.0
except OverflowError as e:
    print(type(e).__name__, e)
print((10 ** 400) > 1.0, (10 ** 400) == float("inf"))
print(divmod(7, 2.0), divmod(-7, 2.0))
print(float(10 ** 20), float(-(2 ** 70)))
