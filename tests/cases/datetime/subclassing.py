from datetime import date, datetime, time, timedelta, timezone


class D(date):
    def describe(self):
        return "D<%s>" % self.isoformat()


class DT(datetime):
    @property
    def quarter(self):
        return (self.month - 1) // 3 + 1


class TD(timedelta):
    def hours(self):
        return self.total_seconds() / 3600


class T(time):
    pass


d = D(2020, 1, 1)
print(repr(d), d.describe(), type(d + timedelta(1)).__name__, type(timedelta(1) + d).__name__,
      type(d - timedelta(1)).__name__, type(d - d).__name__, type(d.replace(day=5)).__name__)
print(repr(D.today().__class__), repr(D.fromordinal(5)), repr(D.fromisoformat("2020-01-01")),
      repr(D.fromisocalendar(2020, 1, 1)), repr(D.fromtimestamp(0)).startswith("D(19"))
dt = DT(2020, 5, 17, 5)
print(repr(dt), dt.quarter, repr(dt + timedelta(1)), repr(dt - timedelta(1)), repr(dt - dt),
      repr(dt.replace(day=5)), repr(dt.date()), repr(dt.astimezone(timezone.utc)))
print(repr(DT.combine(date(2020, 1, 1), time(1))), repr(DT.strptime("2020", "%Y")),
      DT.now().__class__.__name__, DT.utcnow().__class__.__name__, repr(DT.fromtimestamp(0, timezone.utc)),
      repr(DT.utcfromtimestamp(0)), repr(DT.fromisoformat("2020-01-01")), repr(DT.fromordinal(5)),
      repr(DT.fromisocalendar(2020, 1, 1)), DT.today().__class__.__name__)
td = TD(hours=36)
print(repr(td), td.hours(), repr(td + td), repr(-td), repr(td * 2), repr(abs(td)), repr(+td),
      repr(td // 2), str(td), type(td / 2).__name__)
t = T(5)
print(repr(t), repr(t.replace(hour=6)), repr(T.fromisoformat("10:00")), str(t))
print(repr(dt.timetz()), repr(dt.time()))
print(isinstance(dt, date), isinstance(d, datetime), issubclass(DT, date), D.__mro__[1:])
print(d == date(2020, 1, 1), hash(d) == hash(date(2020, 1, 1)), dt == datetime(2020, 5, 17, 5))
d.note = "attributes work on subclasses"
print(d.note)
try:
    d.missing
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    date(2020, 1, 1).missing
except AttributeError as exc:
    print("AttributeError:", exc)
