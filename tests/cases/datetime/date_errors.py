from datetime import date

def attempt(label, func):
    try:
        print(label, repr(func()))
    except Exception as exc:
        print(label, type(exc).__name__ + ":", exc)

attempt("month 13", lambda: date(2020, 13, 1))
attempt("month 0", lambda: date(2020, 0, 1))
attempt("day 30 feb", lambda: date(2020, 2, 30))
attempt("feb 29 2100", lambda: date(2100, 2, 29))
attempt("feb 29 2000", lambda: date(2000, 2, 29))
attempt("day 0", lambda: date(2020, 1, 0))
attempt("day 32", lambda: date(2020, 1, 32))
attempt("year 0", lambda: date(0, 1, 1))
attempt("year 10000", lambda: date(10000, 1, 1))
attempt("year -5", lambda: date(-5, 1, 1))
attempt("float year", lambda: date(2020.0, 1, 1))
attempt("str month", lambda: date(2020, "1", 1))
attempt("None day", lambda: date(2020, 1, None))
attempt("bool", lambda: date(2020, True, True))
attempt("huge", lambda: date(10 ** 20, 1, 1))
attempt("over C int", lambda: date(2 ** 31, 1, 1))
attempt("under C int", lambda: date(-2 ** 31 - 1, 1, 1))
attempt("no args", lambda: date())
attempt("one arg", lambda: date(2020))
attempt("two args", lambda: date(2020, 1))
attempt("four args", lambda: date(2020, 1, 1, 1))
attempt("bad kw", lambda: date(2020, 1, foo=1))
attempt("bad kw 2", lambda: date(2020, 1, 1, foo=1))
attempt("dup", lambda: date(2020, 1, 1, day=2))
attempt("dup 2", lambda: date(2020, year=1, day=1))
attempt("kw only", lambda: date(day=5, month=6, year=2007))

class Index:
    def __init__(self, value):
        self.value = value

    def __index__(self):
        return self.value

attempt("__index__", lambda: date(Index(2021), Index(6), Index(30)))
attempt("fromordinal 0", lambda: date.fromordinal(0))
attempt("fromordinal max", lambda: date.fromordinal(3652059))
attempt("fromordinal too big", lambda: date.fromordinal(3652060))
attempt("fromordinal float", lambda: date.fromordinal(1.5))
attempt("fromordinal none", lambda: date.fromordinal())
