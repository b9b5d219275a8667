import time

# time.strptime shares the parser with datetime.strptime
cases = [("Tue Mar 17 22:44:55 1999",), ("Feb 29", "%b %d"), ("2024 UTC", "%Y %Z"), ("2024 GMT +0100", "%Y %Z %z"),
         ("2024-W01-1", "%G-W%V-%u"), ("2019 366", "%Y %j"), ("0 2020 00", "%w %Y %U"), ("12 PM", "%I %p"),
         ("2020-01-05 +05:30", "%Y-%m-%d %z"), ("2020-01-05 -00:00:30.5", "%Y-%m-%d %z"), ("Feb 30", "%b %d"),
         ("1 2 3",), ("2024 Nowhere", "%Y %Z"), ("31/12/99 23:59", "%d/%m/%y %H:%M")]
for args in cases:
    try:
        r = time.strptime(*args)
        print(args, tuple(r), r.tm_zone, r.tm_gmtoff)
    except ValueError as exc:
        print(args, "ValueError:", exc)
for args in ((5,), ("x", 5), ("x", "y", "z"), ()):
    try:
        time.strptime(*args)
    except TypeError as exc:
        print(args, "TypeError:", exc)
r = time.strptime("2021-06-30 12:00:00", "%Y-%m-%d %H:%M:%S")
print(r.tm_year, r.tm_yday, r.tm_wday, time.strftime("%A %j", r), r == time.strptime("30.06.2021 12", "%d.%m.%Y %H"))
