for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 4.5, 5.5, 0.49999999999999994, 1e16 + 1, 2 ** 52 + 0.5]:
    print(v, round(v), type(round(v)).__name__)
print(round(2.675, 2), round(2.665, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1.23456, 3), round(-1.23456, 3), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(5.0, 0), round(5.5, 0), round(-5.5, 0), round(0.5, 0))
print(round(1e300, 2), round(1.5, 400), round(123.456, -400), round(-123.456, -400))
print(round(float("inf")) if False else "skip", round(float("inf"), 2), round(float("nan"), 2))
for bad in [float("inf"), float("-inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(7.0), round(-7.9), round(7.9), round(0.0001, 3), round(-0.0001, 3))
print(round(2.5, None), round(3.5, None))
