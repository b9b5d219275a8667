from datetime import time, timedelta, timezone

plus1 = timezone(timedelta(hours=1))
minus2 = timezone(timedelta(hours=-2))
print(time(1, tzinfo=plus1) == time(0, tzinfo=timezone.utc))
print(time(1, tzinfo=plus1) < time(0, 30, tzinfo=timezone.utc))
print(time(1, tzinfo=minus2) > time(2, 59, tzinfo=timezone.utc))
print(time(1, tzinfo=plus1) == time(1))
print(time(1, tzinfo=plus1) != time(1))
print(time(1, fold=0) == time(1, fold=1), hash(time(1, fold=0)) == hash(time(1, fold=1)))
print(hash(time(1, tzinfo=plus1)) == hash(time(0, tzinfo=timezone.utc)))
times = [time(23), time(0, 1), time(12, 30, 1), time(12, 30), time(0)]
print(sorted(times))
print(len({time(1), time(1, 0), time(1, 0, 0, 0), time(2)}))
for expr in ("time(1, tzinfo=plus1) < time(1)", "time(1) >= time(1, tzinfo=minus2)",
             "time(1) < 5", "time(1) > '01:00'", "time(1) <= None"):
    try:
        print(expr, eval(expr))
    except TypeError as exc:
        print(expr, "TypeError:", exc)
print(time(1) == 5, time(1) == "01:00", time(0) == 0)
