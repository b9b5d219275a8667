from datetime import timedelta

# Construction from every unit, normalisation into days/seconds/microseconds.
samples = [
    timedelta(),
    timedelta(1),
    timedelta(0, 1),
    timedelta(0, 0, 1),
    timedelta(weeks=2, days=3, hours=4, minutes=5, seconds=6, milliseconds=7, microseconds=8),
    timedelta(hours=25),
    timedelta(minutes=-1),
    timedelta(seconds=-86401),
    timedelta(microseconds=-1),
    timedelta(milliseconds=1500),
    timedelta(days=1, seconds=-1),
    timedelta(1, 2, 3, 4, 5, 6, 7),
    timedelta(days=True, seconds=False),
]
for td in samples:
    print(repr(td), "|", td, "|", td.days, td.seconds, td.microseconds, "|", td.total_seconds())

print(timedelta.min, timedelta.max, timedelta.resolution, sep="\n")
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(timedelta(hours=1) == timedelta(minutes=60) == timedelta(seconds=3600))
print(bool(timedelta(0)), bool(timedelta(microseconds=1)), bool(-timedelta(1)))

# attributes are read-only
td = timedelta(3)
for name in ("days", "seconds", "microseconds"):
    try:
        setattr(td, name, 5)
    except AttributeError as exc:
        print("AttributeError:", exc)

# keyword/positional mixtures and bad arguments
for args, kwargs in [((), {"foo": 1}), ((1,), {"days": 2}), ((1, 2, 3, 4, 5, 6, 7, 8), {}),
                     ((), {"days": "1"}), ((), {"hours": None}), ((), {"minutes": [1]}),
                     ((), {"days": "a", "seconds": "b"})]:
    try:
        timedelta(*args, **kwargs)
    except TypeError as exc:
        print("TypeError:", exc)
