import time
from datetime import date, datetime, timedelta, timezone

# The current time is never printed; only types and relations between the clocks are checked.
before = time.time()
now = datetime.now()
utcnow = datetime.utcnow()
today = date.today()
aware = datetime.now(timezone.utc)
dt_today = datetime.today()
after = time.time()
print(type(now).__name__, type(utcnow).__name__, type(today).__name__, type(dt_today).__name__)
print(now.tzinfo, utcnow.tzinfo, aware.tzinfo)
print(before - 1 <= aware.timestamp() <= after + 1)
print(abs((aware.replace(tzinfo=None) - utcnow).total_seconds()) < 5)
print(abs(now.timestamp() - aware.timestamp()) < 5)
print(today in (now.date(), (now - timedelta(seconds=5)).date()))
print(abs(dt_today - now) < timedelta(seconds=5))
print(datetime.now(timezone(timedelta(hours=9))).utcoffset())
local = now.astimezone()
print(type(local.tzinfo).__name__, local.utcoffset() is not None, local.replace(tzinfo=None) == now)
print(isinstance(local.tzname(), str))
for bad in (5, "UTC"):
    try:
        datetime.now(bad)
    except TypeError as exc:
        print("TypeError:", exc)
for call in (lambda: datetime.now(1, 2), lambda: datetime.now(tz=1, x=2), lambda: datetime.now(x=2),
             lambda: date.today(5)):
    try:
        call()
    except TypeError as exc:
        print("TypeError:", exc)
