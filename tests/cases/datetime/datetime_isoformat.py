from datetime import datetime, time, timedelta, timezone

tzs = [None, timezone.utc, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8)),
       timezone(timedelta(hours=1, seconds=5)), timezone(timedelta(hours=-1, microseconds=-5))]
for us in (0, 7, 123456, 999999):
    for tz in tzs:
        dt = datetime(2021, 3, 4, 5, 6, 7, us, tzinfo=tz)
        print(dt.isoformat(), dt.isoformat(" "), str(dt), dt.isoformat(sep="x", timespec="milliseconds"))
        for spec in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"):
            print("  ", spec, dt.isoformat(timespec=spec), dt.timetz().isoformat(spec))
print(datetime(2021, 1, 1).isoformat("é"), datetime(2021, 1, 1).isoformat("\t"))
for args, kwargs in (((), {"timespec": "bogus"}), (("xx",), {}), ((5,), {}), (("",), {}),
                     (("T", 5), {}), (("T", "auto", 3), {}), ((), {"foo": 3}),
                     ((), {"sep": "T", "timespec": "auto", "foo": 1})):
    try:
        datetime(2020, 1, 1).isoformat(*args, **kwargs)
    except (TypeError, ValueError) as exc:
        print(args, kwargs, type(exc).__name__ + ":", exc)
for args in (("bogus",), (5,), ("auto", 3)):
    try:
        time(1).isoformat(*args)
    except (TypeError, ValueError) as exc:
        print(args, type(exc).__name__ + ":", exc)
