from datetime import timedelta

a = timedelta(days=2, hours=3, minutes=4, seconds=5, microseconds=6)
b = timedelta(hours=-5, microseconds=7)
print(a + b, a - b, b - a, -a, +b, abs(b), abs(-a), sep=" | ")
print(repr(a * 3), repr(3 * a), repr(a * -1), repr(a * 0))
for factor in (0.5, 1.5, -0.3, 1 / 3, 2.675, 1e-6, 7.3):
    print("mul", factor, repr(a * factor), repr(factor * b))
for divisor in (2, 3, -2, 7, 1000000, 2.0, 0.5, -7.3, 1e-3):
    print("div", divisor, repr(a / divisor), repr(b / divisor))
for divisor in (2, 3, -2, 7, 1000000):
    print("floordiv", divisor, repr(a // divisor), repr(b // divisor))
print(a / b, a // b, repr(a % b), divmod(a, b))
print(b / a, b // a, repr(b % a), divmod(b, a))
print(timedelta(days=1) / timedelta(hours=1), timedelta(days=1) // timedelta(hours=7))
print(repr(timedelta(days=1) % timedelta(hours=7)), repr(timedelta(days=1) % timedelta(hours=-7)))
print(divmod(timedelta(days=-1), timedelta(hours=5)))
# half-to-even in the microsecond results
for us in range(-5, 6):
    t = timedelta(microseconds=us)
    print(us, repr(t / 2), repr(t * 0.5), repr(t // 2))
print(sum([timedelta(minutes=m) for m in range(10)], timedelta()))
for op in ("/", "//", "%"):
    for zero in (0, timedelta(0), 0.0):
        try:
            eval("a %s zero" % op)
        except (ZeroDivisionError, TypeError) as exc:
            print(op, repr(zero), type(exc).__name__ + ":", exc)
