import calendar

print(calendar.firstweekday())
for day in (calendar.SUNDAY, calendar.WEDNESDAY, calendar.MONDAY):
    calendar.setfirstweekday(day)
    print(calendar.firstweekday(), repr(calendar.weekheader(2)), repr(calendar.weekheader(3)))
    print(calendar.month(2024, 5), end="")
    print(calendar.monthcalendar(2024, 5))
for bad in (7, -1, 100):
    try:
        calendar.setfirstweekday(bad)
    except calendar.IllegalWeekdayError as exc:
        print("IllegalWeekdayError:", exc, exc.weekday, exc.args, isinstance(exc, ValueError))
print(calendar.firstweekday())
for first in (0, 6, 8, -1, 13):
    cal = calendar.Calendar(first)
    print(first, cal.firstweekday, cal.getfirstweekday(), list(cal.iterweekdays()))
cal = calendar.Calendar()
cal.firstweekday = 3
print(cal.firstweekday, list(cal.iterweekdays()))
cal.setfirstweekday(10)
print(cal.getfirstweekday(), cal.monthdayscalendar(2024, 2))
for first in range(7):
    print(calendar.TextCalendar(first).formatmonth(2024, 2).splitlines()[1:3])
