import calendar

print([calendar.isleap(y) for y in (1600, 1700, 1800, 1900, 2000, 2023, 2024, 2100, 0, -4, -100, -400)])
for a, b in ((1900, 2000), (2000, 1900), (-400, 400), (0, 1), (2024, 2025), (2025, 2024), (1, 10000)):
    print("leapdays(%d, %d) = %d" % (a, b, calendar.leapdays(a, b)))
print([calendar.weekday(2024, m, 1) for m in range(1, 13)])
print(calendar.weekday(10000, 1, 1), calendar.weekday(-1, 1, 1), calendar.weekday(0, 2, 29), calendar.weekday(2400, 2, 29))
for year, month in ((2024, 2), (2023, 2), (1900, 2), (2000, 2), (2024, 4), (2024, 12), (1, 1)):
    print(year, month, calendar.monthrange(year, month))
print(calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm((2038, 1, 19, 3, 14, 8, 0, 0, 0)),
      calendar.timegm((1969, 12, 31, 23, 59, 59)), calendar.timegm((2024, 12, 31, 23, 59, 59.25)),
      calendar.timegm((2024, 2, 30, 25, 61, 61)), calendar.timegm((1, 1, 1, 0, 0, 0)))
import time
print(calendar.timegm(time.gmtime(1234567890)), calendar.timegm(time.gmtime(0)))
print(calendar._monthlen(2024, 2), calendar._monthlen(2023, 2), calendar._prevmonth(2024, 1),
      calendar._nextmonth(2024, 12), calendar._nextmonth(2024, 3), calendar._prevmonth(2024, 5))
print(calendar.MONDAY, calendar.TUESDAY, calendar.WEDNESDAY, calendar.THURSDAY, calendar.FRIDAY,
      calendar.SATURDAY, calendar.SUNDAY, calendar.January, calendar.February)
print(calendar.EPOCH, calendar.mdays, calendar.error, calendar._EPOCH_ORD)
print(sorted(calendar.__all__))
