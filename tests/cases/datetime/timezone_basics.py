from datetime import datetime, timedelta, timezone, tzinfo, UTC

zones = [timezone.utc, UTC, timezone(timedelta(0)), timezone(timedelta(0), "UTC"),
         timezone(timedelta(0), "Z"), timezone(timedelta(hours=1)), timezone(timedelta(hours=-5), "EST"),
         timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-1, seconds=-1)),
         timezone(timedelta(hours=1, microseconds=1)), timezone(offset=timedelta(minutes=-90), name="X"),
         timezone.min, timezone.max]
for tz in zones:
    print(repr(tz), "|", tz, "|", tz.utcoffset(None), tz.dst(None), tz.tzname(None),
          tz.tzname(datetime(2020, 1, 1)), tz.__getinitargs__())
print(timezone.utc is UTC, timezone(timedelta(0)) is timezone.utc, timezone(timedelta(0), "UTC") is UTC)
print(timezone.utc == timezone(timedelta(0), "Z"), timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "A"))
print(timezone.utc == 5, timezone.utc != 5, isinstance(timezone.utc, tzinfo))
print(len({timezone(timedelta(hours=1)), timezone(timedelta(hours=1), "CET"), timezone.utc, UTC}))
print(timezone.__name__, timezone.__module__, type(timezone.utc).__name__)
tz = timezone(timedelta(hours=1))
print(repr(tz.fromutc(datetime(2020, 1, 1, tzinfo=tz))))
dt = datetime(2024, 7, 1, 12, tzinfo=timezone.utc)
for target in zones[5:9]:
    local = dt.astimezone(target)
    print(repr(local), local.isoformat(), local.astimezone(timezone.utc) == dt)
print(format(timezone.utc, ""), str(timezone(timedelta(hours=-3, minutes=-30))))
