import calendar

for first in (0, 6):
    cal = calendar.Calendar(first)
    print("first weekday", first)
    print(list(cal.itermonthdays(2024, 2)))
    print(list(cal.itermonthdays2(2024, 2))[:9])
    print(list(cal.itermonthdays3(2024, 2))[:5], list(cal.itermonthdays3(2024, 2))[-3:])
    print(list(cal.itermonthdays4(2024, 12))[-4:])
    dates = list(cal.itermonthdates(2024, 3))
    print(len(dates), dates[0], dates[-1], [d.isoformat() for d in dates[:3]])
    print(cal.monthdatescalendar(2024, 3)[0])
    print(cal.monthdays2calendar(2024, 3)[-1])
    print(cal.monthdayscalendar(2024, 3))
print(list(calendar.Calendar(6).itermonthdays3(1, 1))[:2])
print(list(calendar.Calendar().itermonthdays3(9999, 12))[-3:])
print(list(calendar.Calendar().itermonthdates(1, 1))[:3])
try:
    list(calendar.Calendar().itermonthdates(9999, 12))
except ValueError as exc:
    print("ValueError:", exc)
try:
    list(calendar.Calendar(6).itermonthdates(1, 1))
except ValueError as exc:
    print("ValueError:", exc)
# count weekdays in every month of 2024
cal = calendar.Calendar()
for month in range(1, 13):
    counts = [0] * 7
    for day, weekday in cal.itermonthdays2(2024, month):
        if day:
            counts[weekday] += 1
    print(calendar.month_abbr[month], counts)
