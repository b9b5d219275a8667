from datetime import timedelta

# Float components are combined exactly where possible and rounded half to even at the end.
cases = [
    {"microseconds": 0.5}, {"microseconds": 1.5}, {"microseconds": 2.5}, {"microseconds": -0.5},
    {"microseconds": -1.5}, {"seconds": 0.0000005}, {"seconds": 0.0000015},
    {"seconds": 1.0000005}, {"seconds": 2.5e-6}, {"days": 0.1}, {"days": 1e-10},
    {"weeks": 1.5e-11}, {"hours": 1 / 3}, {"minutes": 2 / 3}, {"milliseconds": 0.0005},
    {"milliseconds": 0.0015}, {"days": -0.5, "microseconds": -0.5},
    {"days": 0.1, "seconds": 0.1, "microseconds": 0.1, "milliseconds": 0.1, "minutes": 0.1,
     "hours": 0.1, "weeks": 0.1},
    {"days": 1.5, "seconds": 1.5}, {"seconds": 86399.9999995}, {"seconds": -86399.9999995},
    {"days": 123.456789}, {"hours": -7.77777777}, {"seconds": 1e-7}, {"seconds": 123456789.123456789},
]
for kwargs in cases:
    td = timedelta(**kwargs)
    print(sorted(kwargs.items()), "->", repr(td))

for bad in (float("nan"), float("inf"), -float("inf"), 1e20):
    try:
        timedelta(days=bad)
    except (ValueError, OverflowError) as exc:
        print(type(exc).__name__ + ":", exc)
