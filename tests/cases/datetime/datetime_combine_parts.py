from datetime import date, datetime, time, timedelta, timezone

tz = timezone(timedelta(hours=3), "EAT")
d = date(2021, 7, 4)
t = time(13, 45, 30, 123, tzinfo=tz)
print(repr(datetime.combine(d, t)))
print(repr(datetime.combine(d, t, None)))
print(repr(datetime.combine(d, time(1), tzinfo=timezone.utc)))
print(repr(datetime.combine(datetime(2020, 2, 2, 22), time(5))))
print(repr(datetime.combine(d, time(1, fold=1))))
print(repr(datetime.combine(date=d, time=t)))
for args in ((5, time(5)), (d, 5), (d, datetime(2020, 1, 1)), (d,), (d, t, 5)):
    try:
        datetime.combine(*args)
    except TypeError as exc:
        print("TypeError:", exc)
dt = datetime(2021, 7, 4, 13, 45, 30, 123, tzinfo=tz, fold=1)
print(repr(dt.date()), repr(dt.time()), repr(dt.timetz()))
print(type(dt.date()).__name__, dt.date() == d, dt.timetz() == t)
print(dt.utcoffset(), dt.dst(), dt.tzname())
print(datetime(2020, 1, 1).utcoffset(), datetime(2020, 1, 1).dst(), datetime(2020, 1, 1).tzname())
print(repr(dt.replace(tzinfo=None)), repr(dt.replace(year=2000, fold=0)))
print(repr(dt.replace(hour=1, minute=2, second=3, microsecond=4, tzinfo=timezone.utc)))
for kwargs in ({"hour": 24}, {"fold": 3}, {"tzinfo": "x"}, {"month": 2, "day": 30}, {"foo": 1}):
    try:
        dt.replace(**kwargs)
    except (ValueError, TypeError) as exc:
        print(kwargs, type(exc).__name__ + ":", exc)
try:
    dt.replace(2021, 2, 3, 4, 5, 6, 7, None, 1)
except TypeError as exc:
    print("TypeError:", exc)
