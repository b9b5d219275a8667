from datetime import date, MINYEAR, MAXYEAR

for d in (date(2024, 2, 29), date(1, 1, 1), date(9999, 12, 31), date(1970, 1, 1), date(2000, 1, 1),
          date(year=1999, month=12, day=31), date(2023, month=7, day=4)):
    print(repr(d), str(d), d.isoformat(), d.year, d.month, d.day, d.weekday(), d.isoweekday(),
          d.toordinal(), d.ctime())
print(date.min, date.max, date.resolution, MINYEAR, MAXYEAR)
print(repr(date.min), repr(date.max), repr(date.resolution))
print(date(2024, 3, 1) - date(2024, 2, 1), date(2023, 3, 1) - date(2023, 2, 1))

# a century of month lengths and leap days
leap_days = [y for y in range(1896, 2105) if (date(y, 3, 1) - date(y, 2, 28)).days == 2]
print(leap_days)
# the day of the week of every 13th in 2026
print([date(2026, m, 13).strftime("%a") for m in range(1, 13)])
# days in each month of 2024 and 2100
for year in (2024, 2100):
    lengths = []
    for month in range(1, 13):
        nxt = date(year + month // 12, month % 12 + 1, 1)
        lengths.append((nxt - date(year, month, 1)).days)
    print(year, lengths)
d = date(2020, 5, 17)
for name in ("year", "month", "day"):
    try:
        setattr(d, name, 1)
    except AttributeError as exc:
        print("AttributeError:", exc)
