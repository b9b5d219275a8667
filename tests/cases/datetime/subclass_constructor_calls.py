from datetime import date, datetime, time, timedelta, timezone

calls = []


class DT(datetime):
    def __new__(cls, *args, **kwargs):
        calls.append(("DT", args, kwargs))
        return super().__new__(cls, *args, **kwargs)


class D(date):
    def __new__(cls, *args, **kwargs):
        calls.append(("D", args, kwargs))
        return super().__new__(cls, *args, **kwargs)


class T(time):
    def __new__(cls, *args, **kwargs):
        calls.append(("T", args, kwargs))
        return super().__new__(cls, *args, **kwargs)


class TD(timedelta):
    def __new__(cls, *args, **kwargs):
        calls.append(("TD", args, kwargs))
        return super().__new__(cls, *args, **kwargs)


def show(label, func):
    del calls[:]
    result = func()
    print(label, repr(result))
    for call in calls:
        print("   ", call)

show("DT()", lambda: DT(2020, 1, 1))
show("replace", lambda: DT(2020, 1, 1).replace(day=3))
show("add", lambda: DT(2020, 1, 1) + timedelta(1))
show("sub", lambda: DT(2020, 1, 1, tzinfo=timezone.utc) - timedelta(hours=1))
show("fromtimestamp utc", lambda: DT.fromtimestamp(0, timezone.utc))
show("utcfromtimestamp", lambda: DT.utcfromtimestamp(0))
show("fromisoformat", lambda: DT.fromisoformat("2020-01-01T10:00+01:00"))
show("fromisoformat naive", lambda: DT.fromisoformat("2020-01-01T10:00"))
show("combine", lambda: DT.combine(date(2020, 1, 1), time(1, fold=1)))
show("strptime", lambda: DT.strptime("2020", "%Y"))
show("strptime tz", lambda: DT.strptime("2020 +0100", "%Y %z"))
show("astimezone", lambda: DT(2020, 1, 1, tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=1))))
show("fromordinal", lambda: DT.fromordinal(3))
show("D()", lambda: D(2020, 1, 1))
show("D replace", lambda: D(2020, 1, 1).replace(day=3))
show("D add", lambda: D(2020, 1, 1) + timedelta(1))
show("D fromisoformat", lambda: D.fromisoformat("2020-01-01"))
show("D fromordinal", lambda: D.fromordinal(3))
show("D fromisocalendar", lambda: D.fromisocalendar(2020, 2, 3))
show("T()", lambda: T(1))
show("T replace", lambda: T(1).replace(hour=2))
show("T fromisoformat", lambda: T.fromisoformat("10:00:00+01:00"))
show("T fromisoformat naive", lambda: T.fromisoformat("10:00"))
show("TD()", lambda: TD(1))
show("TD add", lambda: TD(1) + TD(1))
show("TD neg", lambda: -TD(1))
