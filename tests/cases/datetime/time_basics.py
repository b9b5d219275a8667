from datetime import time, timedelta, timezone

values = [time(), time(0), time(1), time(1, 2), time(1, 2, 3), time(1, 2, 3, 4), time(1, 2, 0, 4),
          time(23, 59, 59, 999999), time(1, tzinfo=timezone.utc), time(1, fold=1),
          time(1, 2, 3, 4, timezone(timedelta(hours=-3)), fold=1), time(hour=5, minute=5),
          time(12, 30, tzinfo=timezone(timedelta(hours=5, minutes=45), "NPT"))]
for t in values:
    print(repr(t), "|", t, "|", t.isoformat(), "|", t.hour, t.minute, t.second, t.microsecond,
          t.tzinfo, t.fold, "|", t.utcoffset(), t.dst(), t.tzname(), bool(t))
print(time.min, time.max, time.resolution, repr(time.min), repr(time.max))
t = time(13, 5, 9, 4000, tzinfo=timezone(timedelta(hours=-3)))
print(t.strftime("%H|%I|%p|%M|%S|%f|%z|%Z|%Y-%m-%d|%j|%a|%c|%x|%X|%%"))
print(format(t), format(t, "%H:%M"), f"{t:%I:%M %p}")
print(repr(t.replace(hour=5)), repr(t.replace(tzinfo=None)), repr(t.replace(fold=1)),
      repr(t.replace(microsecond=0, second=0)))

def attempt(label, func):
    try:
        print(label, repr(func()))
    except (TypeError, ValueError) as exc:
        print(label, type(exc).__name__ + ":", exc)

attempt("hour", lambda: time(25))
attempt("minute", lambda: time(1, 60))
attempt("second", lambda: time(1, 1, 60))
attempt("us", lambda: time(1, 1, 1, 1000000))
attempt("tz", lambda: time(1, tzinfo=1))
attempt("tz positional", lambda: time(1, 2, 3, 4, 5))
attempt("fold", lambda: time(1, fold=2))
attempt("fold neg", lambda: time(fold=-1))
attempt("str", lambda: time("1"))
attempt("kw", lambda: time(hour=5, minute=5, foo=1))
attempt("6 positional", lambda: time(1, 2, 3, 4, None, 1))
attempt("replace fold", lambda: time(1).replace(fold=3))
attempt("replace 6", lambda: time(1).replace(1, 2, 3, 4, None, 5))
attempt("add", lambda: time(1) + timedelta(1))
attempt("radd", lambda: timedelta(1) + time(1))
attempt("sub", lambda: time(1) - time(1))
attempt("mul", lambda: time(1) * 2)
attempt("rmul", lambda: 2 * time(1))
attempt("abs", lambda: abs(time(1)))
attempt("neg", lambda: -time(1))
