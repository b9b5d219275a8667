import time
from datetime import date, datetime, timedelta, timezone

for value in (date(2024, 2, 29), date(1, 1, 1), datetime(2023, 12, 31, 23, 59, 59, 999),
              datetime(2024, 3, 1, 6, tzinfo=timezone(timedelta(hours=9))),
              datetime(2024, 3, 1, 6, tzinfo=timezone.utc)):
    tt = value.timetuple()
    print(type(tt).__name__, tt)
    print("  ", tuple(tt), tt.tm_year, tt.tm_yday, tt.tm_wday, tt.tm_isdst)
    if isinstance(value, datetime):
        print("  ", value.utctimetuple())
print(time.strftime("%Y-%m-%d %H:%M:%S %a %j", datetime(2021, 7, 4, 3, 2, 1).timetuple()))
for value in (datetime(1, 1, 1, 5, tzinfo=timezone(timedelta(hours=6))),
              datetime(9999, 12, 31, 23, tzinfo=timezone(timedelta(hours=-6)))):
    try:
        print(value.utctimetuple())
    except OverflowError as exc:
        print("OverflowError:", exc)
