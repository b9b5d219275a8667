from datetime import timedelta

def attempt(label, func):
    try:
        print(label, repr(func()))
    except (OverflowError, ValueError, TypeError, ZeroDivisionError) as exc:
        print(label, type(exc).__name__ + ":", exc)

attempt("max days", lambda: timedelta(days=999999999))
attempt("too many days", lambda: timedelta(days=1000000000))
attempt("too few days", lambda: timedelta(days=-1000000000))
attempt("C int", lambda: timedelta(days=2 ** 31))
attempt("C int neg", lambda: timedelta(days=-2 ** 31 - 1))
attempt("just fits int", lambda: timedelta(days=2 ** 31 - 1))
attempt("huge seconds", lambda: timedelta(seconds=10 ** 30))
attempt("max + 1us", lambda: timedelta.max + timedelta.resolution)
attempt("min - 1us", lambda: timedelta.min - timedelta.resolution)
attempt("neg max", lambda: -timedelta.max)
attempt("neg min", lambda: -timedelta.min)
attempt("abs min", lambda: abs(timedelta.min))
attempt("scale", lambda: timedelta(days=1) * 10 ** 9)
attempt("scale float", lambda: timedelta(days=1) * 1e300)
attempt("inf", lambda: timedelta(hours=1) * float("inf"))
attempt("nan", lambda: timedelta(hours=1) * float("nan"))
attempt("nan div", lambda: timedelta(hours=1) / float("nan"))
attempt("tiny div", lambda: timedelta(days=1) / 1e-300)
attempt("big div", lambda: timedelta(days=1) / 1e300)
attempt("div zero float", lambda: timedelta(1) / 0.0)
