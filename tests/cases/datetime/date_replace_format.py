from datetime import date

d = date(2020, 1, 31)
print(d.replace(year=2021), d.replace(month=3), d.replace(day=1), d.replace(2022, 12),
      d.replace(), d.replace(year=2024, month=2, day=29))
for kwargs in ({"month": 2}, {"year": 2021, "month": 2, "day": 29}, {"hour": 1}, {"month": 13},
               {"day": "1"}):
    try:
        print(d.replace(**kwargs))
    except (ValueError, TypeError) as exc:
        print(kwargs, type(exc).__name__ + ":", exc)
try:
    d.replace(1, 2, 3, 4)
except TypeError as exc:
    print("TypeError:", exc)
try:
    d.replace(2021, year=3)
except TypeError as exc:
    print("TypeError:", exc)
print(format(d), format(d, ""), format(d, "%d/%m/%Y"), "{:%Y-%j}".format(d))
print(f"{d}", f"{d!r}", f"{d:%A %d %B %Y}", f"{d:%%}", f"{d:literal}")
try:
    d.__format__(5)
except TypeError as exc:
    print("TypeError:", exc)
try:
    d.strftime(5)
except TypeError as exc:
    print("TypeError:", exc)
try:
    d.strftime()
except TypeError as exc:
    print("TypeError:", exc)
print(d.strftime("%H:%M:%S.%f %z %Z|%p %I %j %U %W %c"))
print(d.ctime(), date(2020, 1, 5).ctime(), d.timetuple())
