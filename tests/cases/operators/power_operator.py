print(2 ** 10, 2 ** 0, 0 ** 0, 0.0 ** 0)
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -3)
print((-8) ** 3, (-2) ** 63, (-2) ** 64)
print(2 ** 100)
print(3 ** 200)
print(len(str(7 ** 1000)), str(7 ** 1000)[:20], str(7 ** 1000)[-10:])
print(1.5 ** 2, 2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
print(type((-8) ** (1 / 3)).__name__, type((-1) ** 0.5).__name__)
print(pow(2, 10), pow(2, -1), pow(2.0, 3))
print((-1) ** 1001, (-1) ** 1000, 1 ** 10 ** 6)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__)
print(10.0 ** -400, 2 ** 1023 * 1.0 > 0)
print(float("inf") ** 0, float("nan") ** 0, 1 ** float("nan"))
print(True ** 5, False ** 0, 2 ** True)
