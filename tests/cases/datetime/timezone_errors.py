from datetime import datetime, timedelta, timezone

def attempt(label, func):
    try:
        print(label, repr(func()))
    except Exception as exc:
        print(label, type(exc).__name__ + ":", exc)

attempt("int offset", lambda: timezone(5))
attempt("name int", lambda: timezone(timedelta(hours=1), 5))
attempt("name None", lambda: timezone(timedelta(0), None))
attempt("3 args", lambda: timezone(timedelta(hours=1), "A", 5))
attempt("no args", lambda: timezone())
attempt("bad kw", lambda: timezone(offset=timedelta(0), foo=1))
attempt("24h", lambda: timezone(timedelta(hours=24)))
attempt("-24h", lambda: timezone(-timedelta(hours=24)))
attempt("just under", lambda: timezone(timedelta(hours=23, minutes=59, seconds=59, microseconds=999999)))
attempt("utcoffset int", lambda: timezone.utc.utcoffset(5))
attempt("tzname int", lambda: timezone.utc.tzname(5))
attempt("dst str", lambda: timezone.utc.dst("x"))
attempt("fromutc naive", lambda: timezone.utc.fromutc(datetime(2020, 1, 1)))
attempt("fromutc other", lambda: timezone(timedelta(hours=1)).fromutc(datetime(2020, 1, 1, tzinfo=timezone.utc)))
attempt("fromutc int", lambda: timezone.utc.fromutc(5))
attempt("order", lambda: timezone.utc < timezone.max)
attempt("format", lambda: format(timezone.utc, ">10"))
try:
    class Sub(timezone):
        pass
except TypeError as exc:
    print("TypeError:", exc)
