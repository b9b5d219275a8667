import calendar

for month in (0, 13, -1, 100):
    try:
        calendar.monthrange(2024, month)
    except calendar.IllegalMonthError as exc:
        print("IllegalMonthError:", exc, "|", exc.month, exc.args, repr(exc), isinstance(exc, ValueError))
for bad in ("1", None):
    try:
        calendar.monthrange(2024, bad)
    except TypeError as exc:
        print("TypeError:", exc)
try:
    calendar.month(2024, 13)
except (IndexError, ValueError) as exc:
    print("month():", type(exc).__name__, exc)
try:
    calendar.monthcalendar(2024, 0)
except ValueError as exc:
    print("monthcalendar():", exc)
try:
    list(calendar.Calendar().itermonthdays(2024, 14))
except calendar.error as exc:
    print("error alias:", type(exc).__name__, exc)
try:
    calendar.weekday(2024, 2, 30)
except ValueError as exc:
    print("weekday():", exc)
try:
    calendar.timegm((2024, 13, 1, 0, 0, 0))
except ValueError as exc:
    print("timegm():", exc)
print(str(calendar.IllegalMonthError(5)), str(calendar.IllegalWeekdayError("x")))
print(calendar.IllegalMonthError.__mro__[1:], calendar.IllegalWeekdayError.__mro__[1:])
