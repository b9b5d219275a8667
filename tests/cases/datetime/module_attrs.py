import datetime

print(datetime.MINYEAR, datetime.MAXYEAR, datetime.UTC, datetime.UTC is datetime.timezone.utc)
print(sorted(datetime.__all__))
for name in ("date", "datetime", "time", "timedelta", "timezone", "tzinfo"):
    cls = getattr(datetime, name)
    print(name, cls, cls.__name__, cls.__qualname__, cls.__module__)
print(datetime.datetime.__mro__)
print(datetime.timezone.__mro__)
print(issubclass(datetime.timezone, datetime.tzinfo), issubclass(datetime.datetime, datetime.date))
print(datetime.date.min, datetime.date.max, datetime.date.resolution)
print(datetime.time.min, datetime.time.max, datetime.time.resolution)
print(datetime.timezone.min, datetime.timezone.max, datetime.timezone.utc)
print(type(datetime.date(2020, 1, 1).isocalendar()))
print(callable(datetime.datetime.fromisoformat), callable(datetime.date.fromisocalendar))
from datetime import *
print(date, datetime, time, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR, UTC)
