"""Expand recurring event rules into concrete dates."""
import calendar
from datetime import date, timedelta


def monthly_on_day(start, day, count):
    """Every month on `day`, clamped to the last day of shorter months."""
    year, month = start.year, start.month
    out = []
    while len(out) < count:
        last = calendar.monthrange(year, month)[1]
        candidate = date(year, month, min(day, last))
        if candidate >= start:
            out.append(candidate)
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return out


def nth_weekday(year, month, weekday, n):
    """The n-th (1-based; -1 for last) given weekday of a month."""
    if n > 0:
        first = date(year, month, 1)
        offset = (weekday - first.weekday()) % 7
        return first + timedelta(days=offset + 7 * (n - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def every_n_weeks(start, weeks, until):
    day = start
    while day <= until:
        yield day
        day += timedelta(weeks=weeks)


print("Rent (31st, clamped):", [d.isoformat() for d in monthly_on_day(date(2024, 1, 15), 31, 8)])
print("Second Tuesdays:", [nth_weekday(2024, m, calendar.TUESDAY, 2).strftime("%b %d") for m in range(1, 13)])
print("Last Fridays:", [nth_weekday(2024, m, calendar.FRIDAY, -1).day for m in range(1, 13)])
print("US Thanksgiving:", [nth_weekday(y, 11, calendar.THURSDAY, 4).isoformat() for y in range(2020, 2027)])
sprints = list(every_n_weeks(date(2024, 1, 8), 2, date(2024, 6, 30)))
print("Sprint starts:", len(sprints), sprints[0], sprints[-1])
for start in sprints[:4]:
    end = start + timedelta(days=13)
    print("  sprint %s .. %s (ISO weeks %d-%d)" % (start, end, start.isocalendar()[1], end.isocalendar()[1]))
# Easter dates by the anonymous Gregorian algorithm, checked to fall on Sundays
def easter(year):
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)

for year in range(2020, 2031):
    e = easter(year)
    print(year, e.strftime("%d %B"), e.strftime("%A"), "Good Friday", (e - timedelta(days=2)).strftime("%d %b"))
