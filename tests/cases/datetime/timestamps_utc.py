from datetime import date, datetime, timedelta, timezone

for t in (0, 1, -1, 86399, 86400, 1e9, 1234567890.5, -1.5, 1577854800.123456, 1577854800.5555555,
          0.0000005, -0.0000005, 0.0000015, 2.5e-6, 253402300799, -62135596800, 951782400, 4102444800):
    print(repr(t), repr(datetime.utcfromtimestamp(t)), repr(datetime.fromtimestamp(t, timezone.utc)))
    try:
        print("   ", datetime.fromtimestamp(t, tz=timezone(timedelta(hours=-3, minutes=-30))).isoformat())
    except OverflowError as exc:
        print("    OverflowError:", exc)
for t in (float("nan"), float("inf"), -float("inf"), 1e20, 1e12, -1e12, 253402300800, 253402300799.9999999,
          -62135596801, 10 ** 19, 10 ** 18, "5", None):
    try:
        print(repr(t), repr(datetime.utcfromtimestamp(t)))
    except (ValueError, OverflowError, OSError, TypeError) as exc:
        print(repr(t), type(exc).__name__ + ":", exc)
for dt in (datetime(2020, 1, 1, 5, tzinfo=timezone.utc), datetime(2020, 1, 1, 5, 0, 0, 123456, tzinfo=timezone.utc),
           datetime(1, 1, 1, tzinfo=timezone.utc), datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=timezone.utc),
           datetime(1970, 1, 1, tzinfo=timezone(timedelta(hours=14))), datetime(2038, 1, 19, 3, 14, 8, tzinfo=timezone.utc)):
    print(dt.isoformat(), repr(dt.timestamp()))
# local time round trips hold whatever the machine's zone is
for t in (0, 1e9, 1700000000, 1700000000.25, 86400 * 365 * 30):
    local = datetime.fromtimestamp(t)
    print(local.timestamp() == t, date.fromtimestamp(t) == local.date(), local.tzinfo)
    aware = datetime.fromtimestamp(t).astimezone()
    print(aware.timestamp() == t, aware.utcoffset() == aware.tzinfo.utcoffset(aware),
          aware.astimezone(timezone.utc) == datetime.fromtimestamp(t, timezone.utc))
for args in ((), (1, None, 3), ("x",), (0, 5)):
    try:
        datetime.fromtimestamp(*args)
    except TypeError as exc:
        print("TypeError:", exc)
for args in ((), (1, 2)):
    try:
        datetime.utcfromtimestamp(*args)
    except TypeError as exc:
        print("TypeError:", exc)
