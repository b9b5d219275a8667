from datetime import date, datetime

for y in (2004, 2008, 2009, 2015, 2020, 2021, 2026, 1, 9999):
    for m, d in ((1, 1), (1, 4), (12, 28), (12, 31)):
        day = date(y, m, d)
        iso = day.isocalendar()
        print(day, iso, tuple(iso), iso.year, iso.week, iso.weekday, iso[1],
              date.fromisocalendar(*iso) == day)
iso = date(2020, 5, 17).isocalendar()
print(type(iso).__name__, type(iso), isinstance(iso, tuple), iso == (2020, 20, 7), len(iso))
year, week, weekday = iso
print(year, week, weekday, list(iso), iso[-1], iso[:2])
print(datetime(2021, 1, 3, 12).isocalendar())
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2015, 53, 1))
for args in ((2021, 53, 1), (2020, 0, 1), (2020, 54, 1), (2020, 1, 0), (2020, 1, 8), (0, 1, 1),
             (10000, 1, 1), (9999, 52, 7), (2020.0, 1, 1), (2020, 60, 9)):
    try:
        print(args, date.fromisocalendar(*args))
    except (ValueError, TypeError) as exc:
        print(args, type(exc).__name__ + ":", exc)
# ISO week numbers for a whole January
print([date(2027, 1, d).isocalendar()[1] for d in range(1, 32)])
