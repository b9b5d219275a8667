from datetime import datetime, timedelta, timezone

base = datetime(2024, 2, 28, 23, 30, 15, 250000)
for delta in (timedelta(hours=1), timedelta(days=1, hours=1), timedelta(microseconds=750000),
              timedelta(days=-1), timedelta(seconds=-0.25), timedelta(weeks=52), timedelta(0)):
    print(delta, "|", base + delta, "|", delta + base, "|", base - delta)
print(datetime(2024, 3, 1) - datetime(2024, 2, 28, 12), datetime(2020, 1, 1) - datetime(2021, 1, 1))
print(repr(datetime(2020, 1, 1, 5) - datetime(2019, 1, 1, 6, 0, 0, 1)))
print((datetime(2024, 1, 1, 12) - datetime(2024, 1, 1)).total_seconds())
# fold is reset by arithmetic, tzinfo is kept
print(repr(datetime(2020, 1, 1, fold=1) + timedelta(0)), repr(datetime(2020, 1, 1, fold=1) - timedelta(0)))
aware = datetime(2020, 6, 1, 12, tzinfo=timezone(timedelta(hours=2)))
print(repr(aware + timedelta(hours=20)))
for expr in ("datetime.max + timedelta(microseconds=1)", "datetime.min - timedelta(microseconds=1)",
             "datetime(9999, 12, 31, 23) + timedelta(hours=1.5)", "datetime(2020, 1, 1) + 1",
             "datetime(2020, 1, 1) + datetime(2020, 1, 1)", "datetime(2020, 1, 1) - 5",
             "5 - datetime(2020, 1, 1)", "timedelta(1) - datetime(2020, 1, 1)",
             "datetime(2020, 1, 1) * 2", "-datetime(2020, 1, 1)"):
    try:
        print(expr, "->", repr(eval(expr)))
    except (OverflowError, TypeError) as exc:
        print(expr, "->", type(exc).__name__ + ":", exc)
# an hourly schedule across midnight and a month end
t = datetime(2024, 1, 31, 21)
for _ in range(6):
    print(t.strftime("%Y-%m-%d %H:%M"), end=" / ")
    t += timedelta(hours=1, minutes=30)
print()
