"""Print a month with busy days marked, plus paydays on the last business day."""
import calendar
from datetime import date, timedelta

BUSY = {date(2024, 10, d) for d in (1, 2, 9, 15, 16, 17, 31)}


class MarkedCalendar(calendar.TextCalendar):
    def __init__(self, year, month, busy):
        super().__init__(calendar.SUNDAY)
        self.year, self.month, self.busy = year, month, busy

    def formatday(self, day, weekday, width):
        if day and date(self.year, self.month, day) in self.busy:
            return ("%d*" % day).rjust(width)
        return super().formatday(day, weekday, width)


marked = MarkedCalendar(2024, 10, BUSY)
print(marked.formatmonth(2024, 10, w=3))
print("busy weekdays:", sorted({calendar.day_name[d.weekday()] for d in BUSY}))


def last_business_day(year, month):
    day = date(year, month, calendar.monthrange(year, month)[1])
    while day.weekday() >= calendar.SATURDAY:
        day -= timedelta(days=1)
    return day


for month in range(1, 13):
    payday = last_business_day(2024, month)
    print("%-9s payday %s (%s)" % (calendar.month_name[month], payday.strftime("%d"), calendar.day_abbr[payday.weekday()]))
weeks = calendar.Calendar(calendar.SUNDAY).monthdayscalendar(2024, 10)
print("weeks in October 2024:", len(weeks), "| Fridays:", [week[5] for week in weeks])
