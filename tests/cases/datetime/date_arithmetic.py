from datetime import date, timedelta

start = date(2024, 1, 31)
for days in (1, 29, 30, 31, 60, 365, 366, -31, -366, 10000):
    print(days, start + timedelta(days=days), timedelta(days=days) + start, start - timedelta(days=days))
# fractional days in the delta are ignored
print(start + timedelta(hours=47), start - timedelta(hours=1), start + timedelta(seconds=-1))
print(date(2024, 12, 25) - date(2024, 1, 1), date(2000, 1, 1) - date(2024, 1, 1))
print((date(2024, 12, 25) - date(2024, 1, 1)).days)
for expr in ("date.max + timedelta(1)", "date.min - timedelta(1)", "date.min + timedelta(-1)",
             "date(2020, 1, 1) + 1", "1 + date(2020, 1, 1)", "date(2020, 1, 1) - 1",
             "date(2020, 1, 1) + date(2020, 1, 1)", "timedelta(1) - date(2020, 1, 1)",
             "date(2020, 1, 1) * 2", "-date(2020, 1, 1)", "abs(date(2020, 1, 1))",
             "date(2020, 1, 1) / 2", "date(2020, 1, 1) - 'x'"):
    try:
        print(expr, "->", eval(expr))
    except (OverflowError, TypeError) as exc:
        print(expr, "->", type(exc).__name__ + ":", exc)
# walking a range of dates
day = date(2023, 12, 28)
while day <= date(2024, 1, 3):
    print(day.isoformat(), day.strftime("%A"), end="; ")
    day += timedelta(days=1)
print()
