from datetime import datetime

cases = [
    ("2020-01-05x", "%Y-%m-%d"), (" 2020-01-05", "%Y-%m-%d"), ("2020-01-05", " %Y-%m-%d"),
    ("202001", "%Y %m"), ("2020-01-05", "%Y-%m-%Q"), ("2020-01-05", "%Y-%m-%"), ("JANUARY 5", "%b %d"),
    ("Feb 29", "%b %d"), ("Feb 30 2020", "%b %d %Y"), ("2020 000", "%Y %j"), ("12:30:45.1234567", "%H:%M:%S.%f"),
    ("12:30:60", "%H:%M:%S"), ("12:30:61", "%H:%M:%S"), ("32", "%d"), ("2020 13 01", "%Y %m %d"),
    ("29 2", "%d %m"), ("mon", "%A"), ("Monday", "%a"), ("1 a.m.", "%I %p"), ("1 2", "%d%m"), ("12 5", "%H%M"),
    ("2020-01-05", "%Y-%m-%d "), ("2020-01-05   ", "%Y-%m-%d"), ("x", ""), ("abc", "abd"), ("ß", "SS"),
    ("1", "%-d"), ("1", "%E"), ("1", "% d"), ("1", "%.d"), ("1", "%\\d"), ("1", "%\td"), ("1", "%%d"),
    ("1", "%Q%"), ("1", "%"), ("1", "%é"), ("1", "%s"), ("1", "%e"), ("1", "%D"), ("٥", "%f"),
    ("2020", "%Y%Y"), ("Mon Tue", "%a %a"), ("+0500 +0600", "%z %z"), ("1 2", "%d %c"), ("x", "%m%m%m"),
    ("2020 1 0", "%Y %U %u"), ("1 1 00", "%w %Y %W"),
]
for data, fmt in cases:
    try:
        print(repr(data), repr(fmt), repr(datetime.strptime(data, fmt)))
    except ValueError as exc:
        print(repr(data), repr(fmt), "ValueError:", exc)
    except Exception as exc:
        print(repr(data), repr(fmt), type(exc).__name__ + ":", exc)
for args in ((5, "%Y"), ("5", 5), ("x",), ("x", "y", "z"), ()):
    try:
        datetime.strptime(*args)
    except TypeError as exc:
        print("TypeError:", exc)
try:
    datetime.strptime("2020", format="%Y")
except TypeError as exc:
    print("TypeError:", exc)
