from datetime import datetime, timezone, timedelta

values = [
    datetime(2020, 1, 1),
    datetime(2020, 1, 1, 5),
    datetime(2020, 1, 1, 5, 6),
    datetime(2020, 1, 1, 5, 6, 7),
    datetime(2020, 1, 1, 5, 6, 7, 8),
    datetime(2020, 1, 1, 0, 0, 0, 500000),
    datetime(2020, 1, 1, tzinfo=timezone.utc),
    datetime(2020, 1, 1, fold=1),
    datetime(2020, 1, 1, 5, 6, 7, 8, timezone(timedelta(hours=-5)), fold=1),
    datetime(year=2021, month=6, day=15, hour=23, minute=59, second=59, microsecond=999999),
]
for dt in values:
    print(repr(dt))
    print("  ", dt, "|", dt.isoformat(), "|", dt.year, dt.month, dt.day, dt.hour, dt.minute,
          dt.second, dt.microsecond, dt.tzinfo, dt.fold, "|", dt.ctime(), "|", dt.weekday())
print(datetime.min, datetime.max, datetime.resolution)
print(repr(datetime.min), repr(datetime.max))
for name in ("hour", "tzinfo", "fold", "year"):
    try:
        setattr(values[0], name, 1)
    except AttributeError as exc:
        print("AttributeError:", exc)

def attempt(label, func):
    try:
        print(label, repr(func()))
    except (TypeError, ValueError, OverflowError) as exc:
        print(label, type(exc).__name__ + ":", exc)

attempt("hour 24", lambda: datetime(2020, 1, 1, 24))
attempt("minute 60", lambda: datetime(2020, 1, 1, 23, 60))
attempt("second 60", lambda: datetime(2020, 1, 1, 23, 59, 60))
attempt("us", lambda: datetime(2020, 1, 1, 0, 0, 0, 1000000))
attempt("neg us", lambda: datetime(2020, 1, 1, 0, 0, 0, -1))
attempt("day first", lambda: datetime(2020, 1, 32, 25))
attempt("fold 2", lambda: datetime(2020, 1, 1, fold=2))
attempt("fold True", lambda: datetime(2020, 1, 1, fold=True))
attempt("fold float", lambda: datetime(2020, 1, 1, fold=1.0))
attempt("tz int", lambda: datetime(2020, 1, 1, tzinfo=1))
attempt("tz str", lambda: datetime(2020, 1, 1, 0, 0, 0, 0, "UTC"))
attempt("9 positional", lambda: datetime(2020, 1, 1, 1, 1, 1, 1, None, 1))
attempt("10 args", lambda: datetime(2020, 1, 1, 1, 1, 1, 1, None, fold=1, foo=2))
attempt("bad kw", lambda: datetime(2020, 1, 1, fold=1, foo=2))
attempt("dup tz", lambda: datetime(2020, 1, 1, 1, 1, 1, 1, None, tzinfo=None))
attempt("missing", lambda: datetime(2020, 1))
attempt("str hour", lambda: datetime(2020, 1, 1, "5"))
