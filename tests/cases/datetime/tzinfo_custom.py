from datetime import datetime, timedelta, timezone, tzinfo

ZERO = timedelta(0)
HOUR = timedelta(hours=1)


def first_sunday_on_or_after(dt):
    days_to_go = 6 - dt.weekday()
    if days_to_go:
        dt += timedelta(days_to_go)
    return dt


class USEastern(tzinfo):
    """US Eastern time with the 2007+ DST rules (second Sunday of March to first Sunday of
    November, switching at 2:00 local time)."""

    def __repr__(self):
        return "USEastern()"

    def _dst_range(self, year):
        start = first_sunday_on_or_after(datetime(year, 3, 8, 2))
        end = first_sunday_on_or_after(datetime(year, 11, 1, 2))
        return start, end

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return ZERO
        start, end = self._dst_range(dt.year)
        naive = dt.replace(tzinfo=None)
        if start + HOUR <= naive < end - HOUR:
            return HOUR
        if end - HOUR <= naive < end:
            return ZERO if dt.fold else HOUR
        if start <= naive < start + HOUR:
            return HOUR if dt.fold else ZERO
        return ZERO

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

    def fromutc(self, dt):
        start, end = self._dst_range(dt.year)
        start = start.replace(tzinfo=self)
        end = end.replace(tzinfo=self)
        std_time = dt + timedelta(hours=-5)
        dst_time = std_time + HOUR
        if end <= dst_time < end + HOUR:
            return std_time.replace(fold=1)
        if std_time < start or dst_time >= end:
            return std_time
        if start <= std_time < end - HOUR:
            return dst_time


eastern = USEastern()
# walk UTC hours across the spring-forward and fall-back transitions
for start in (datetime(2024, 3, 10, 5, tzinfo=timezone.utc), datetime(2024, 11, 3, 4, tzinfo=timezone.utc)):
    for h in range(5):
        u = start + timedelta(hours=h)
        local = u.astimezone(eastern)
        print(u.strftime("%H:%M UTC"), "->", local.strftime("%Y-%m-%d %H:%M %Z %z"), "fold=%d" % local.fold,
              local.utcoffset(), local.dst(), repr(local.astimezone(timezone.utc)) == repr(u))

# the same wall time in the fold
first = datetime(2024, 11, 3, 1, 30, tzinfo=eastern)
second = first.replace(fold=1)
print(first.tzname(), second.tzname(), first.utcoffset(), second.utcoffset())
print(first == second, first.astimezone(timezone.utc), second.astimezone(timezone.utc))
# interzone comparison of a fold-sensitive time is never equal (PEP 495)
u = datetime(2024, 11, 3, 5, 30, tzinfo=timezone.utc)
print(first == u, second == u, first.astimezone(timezone.utc) == u)
print(datetime(2024, 7, 1, 12, tzinfo=eastern) == datetime(2024, 7, 1, 16, tzinfo=timezone.utc))
print(hash(datetime(2024, 7, 1, 12, tzinfo=eastern)) == hash(datetime(2024, 7, 1, 16, tzinfo=timezone.utc)))
print(datetime(2024, 7, 1, 12, tzinfo=eastern).timetuple().tm_isdst,
      datetime(2024, 1, 1, 12, tzinfo=eastern).timetuple().tm_isdst)
print(datetime(2024, 7, 1, 12, tzinfo=eastern).utctimetuple()[:6])
print(datetime(2024, 7, 1, 12, tzinfo=eastern) - datetime(2024, 1, 1, 12, tzinfo=eastern))
print(datetime(2024, 7, 1, 12, tzinfo=eastern) - datetime(2024, 1, 1, 12, tzinfo=timezone.utc))


class Broken(tzinfo):
    def __init__(self, offset, dst=None, name="B"):
        self.offset, self.dstvalue, self.name = offset, dst, name

    def utcoffset(self, dt):
        return self.offset

    def dst(self, dt):
        return self.dstvalue

    def tzname(self, dt):
        return self.name

    def __repr__(self):
        return "Broken(%r)" % (self.name,)


def attempt(label, func):
    try:
        print(label, repr(func()))
    except Exception as exc:
        print(label, type(exc).__name__ + ":", exc)

attempt("int offset", lambda: datetime(2020, 1, 1, tzinfo=Broken(5)).utcoffset())
attempt("day offset", lambda: datetime(2020, 1, 1, tzinfo=Broken(timedelta(days=1))).utcoffset())
attempt("float seconds", lambda: datetime(2020, 1, 1, tzinfo=Broken(timedelta(seconds=1.5))).utcoffset())
attempt("bad dst", lambda: datetime(2020, 1, 1, tzinfo=Broken(HOUR, 5)).dst())
attempt("bad name", lambda: datetime(2020, 1, 1, tzinfo=Broken(HOUR, None, 5)).tzname())
attempt("bad name strftime", lambda: datetime(2020, 1, 1, tzinfo=Broken(HOUR, None, 5)).strftime("%Z"))
attempt("None name", lambda: datetime(2020, 1, 1, tzinfo=Broken(HOUR, None, None)).strftime("[%Z|%z]"))
attempt("None offset", lambda: datetime(2020, 1, 1, tzinfo=Broken(None)).strftime("[%Z|%z]"))
attempt("None offset iso", lambda: datetime(2020, 1, 1, tzinfo=Broken(None)).isoformat())
attempt("None offset sub", lambda: datetime(2020, 1, 1, tzinfo=Broken(None)) - datetime(2020, 1, 1))
attempt("None offset eq", lambda: datetime(2020, 1, 1, tzinfo=Broken(None)) == datetime(2020, 1, 1))
b = Broken(timedelta(hours=2), None)
attempt("fromutc no dst", lambda: b.fromutc(datetime(2020, 1, 1, tzinfo=b)))
b = Broken(timedelta(hours=2), HOUR)
attempt("fromutc", lambda: b.fromutc(datetime(2020, 1, 1, tzinfo=b)))
b = Broken(None, HOUR)
attempt("fromutc no offset", lambda: b.fromutc(datetime(2020, 1, 1, tzinfo=b)))
attempt("fromutc not self", lambda: b.fromutc(datetime(2020, 1, 1, tzinfo=Broken(HOUR))))
attempt("fromutc int", lambda: b.fromutc(5))


class Abstract(tzinfo):
    pass

a = Abstract()
attempt("abstract utcoffset", lambda: a.utcoffset(None))
attempt("abstract dst", lambda: a.dst(None))
attempt("abstract tzname", lambda: a.tzname(None))
attempt("abstract aware", lambda: datetime(2020, 1, 1, tzinfo=a).utcoffset())
attempt("abstract fromutc", lambda: a.fromutc(datetime(2020, 1, 1, tzinfo=a)))
