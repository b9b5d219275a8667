from datetime import date, datetime, timedelta

days = [date(2024, 2, 29), date(2023, 12, 31), date(2024, 1, 1), date(1, 1, 1), date(2024, 2, 28)]
print(sorted(days))
print(min(days), max(days))
print(date(2024, 1, 1) == date(2024, 1, 1), date(2024, 1, 1) != date(2024, 1, 2),
      date(2024, 1, 1) < date(2024, 1, 2) <= date(2024, 1, 2) > date(2023, 1, 1) >= date(2023, 1, 1))
print(len({date(2024, 1, 1), date(2024, 1, 1), date(2023, 1, 1)}))
# a date never equals a datetime, and ordering between them is refused
print(date(2020, 1, 1) == datetime(2020, 1, 1), datetime(2020, 1, 1) == date(2020, 1, 1),
      date(2020, 1, 1) != datetime(2020, 1, 1))
for expr in ("date(2020, 1, 1) < datetime(2020, 1, 2)", "datetime(2020, 1, 2) > date(2020, 1, 1)",
             "date(2020, 1, 1) >= datetime(2020, 1, 1)", "date(2020, 1, 1) < 5",
             "date(2020, 1, 1) <= None", "date(2020, 1, 1) > '2020-01-01'",
             "date(2020, 1, 1) < timedelta(1)", "timedelta(1) > date(2020, 1, 1)"):
    try:
        print(expr, eval(expr))
    except TypeError as exc:
        print(expr, "TypeError:", exc)
print(date(2020, 1, 1) == "2020-01-01", date(2020, 1, 1) == None, date(2020, 1, 1) in [None, 3])
# dates as dictionary keys
counts = {}
for offset in (0, 1, 0, 2, 1, 0):
    key = date(2024, 3, 1) + timedelta(days=offset)
    counts[key] = counts.get(key, 0) + 1
for key in sorted(counts):
    print(key, counts[key])
