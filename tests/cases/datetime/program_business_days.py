"""Scheduling with business days: weekends and a holiday list are skipped."""
from datetime import date, datetime, time, timedelta

HOLIDAYS = {
    date(2024, 1, 1), date(2024, 1, 15), date(2024, 5, 27), date(2024, 7, 4),
    date(2024, 9, 2), date(2024, 11, 28), date(2024, 11, 29), date(2024, 12, 24), date(2024, 12, 25),
}


def is_business_day(day):
    return day.weekday() < 5 and day not in HOLIDAYS


def add_business_days(start, count):
    step = timedelta(days=1 if count >= 0 else -1)
    day = start
    remaining = abs(count)
    while remaining:
        day += step
        if is_business_day(day):
            remaining -= 1
    return day


def business_days_between(start, end):
    count = 0
    day = start
    while day < end:
        day += timedelta(days=1)
        if is_business_day(day):
            count += 1
    return count


tasks = [("design review", date(2024, 11, 25), 3), ("security audit", date(2024, 12, 20), 5),
         ("release", date(2024, 6, 28), 4), ("retro", date(2024, 1, 12), -2), ("invoice", date(2024, 8, 30), 10)]
for name, start, days in tasks:
    due = add_business_days(start, days)
    print("%-15s starts %s  +%3d business days -> %s (%d calendar days)" % (
        name, start.strftime("%a %b %d"), days, due.strftime("%a %b %d"), (due - start).days))

print()
print("Business days per month in 2024:")
for month in range(1, 13):
    first = date(2024, month, 1)
    nxt = date(2025, 1, 1) if month == 12 else date(2024, month + 1, 1)
    print("  %s %2d" % (first.strftime("%b"), business_days_between(first - timedelta(days=1), nxt - timedelta(days=1))))

# support tickets: an SLA of 16 working hours, office hours 09:00-17:00
OPEN, CLOSE = time(9), time(17)


def sla_deadline(opened, hours):
    remaining = timedelta(hours=hours)
    current = opened
    while True:
        day = current.date()
        if not is_business_day(day) or current.time() >= CLOSE:
            day = add_business_days(day, 1)
            current = datetime.combine(day, OPEN)
            continue
        if current.time() < OPEN:
            current = datetime.combine(day, OPEN)
        end_of_day = datetime.combine(day, CLOSE)
        available = end_of_day - current
        if remaining <= available:
            return current + remaining
        remaining -= available
        current = end_of_day


print()
for opened in (datetime(2024, 12, 23, 15, 30), datetime(2024, 7, 3, 8, 0), datetime(2024, 3, 9, 11, 0),
               datetime(2024, 11, 27, 16, 59, 30)):
    print("ticket opened %s -> due %s" % (opened.strftime("%a %Y-%m-%d %H:%M:%S"),
                                          sla_deadline(opened, 16).strftime("%a %Y-%m-%d %H:%M:%S")))
