import copy
from datetime import date, datetime, time, timedelta, timezone, tzinfo


class Fixed(tzinfo):
    def __init__(self, minutes=0, name="F"):
        self.minutes = minutes
        self.name = name

    def __getinitargs__(self):
        return (self.minutes, self.name)

    def utcoffset(self, dt):
        return timedelta(minutes=self.minutes)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return self.name

    def __repr__(self):
        return "Fixed(%d, %r)" % (self.minutes, self.name)


values = [date(2024, 2, 29), datetime(2024, 2, 29, 1, 2, 3, 4), datetime(2024, 1, 1, fold=1),
          datetime(2024, 1, 1, tzinfo=timezone.utc), datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=-4), "EDT")),
          time(1, 2, 3, 4, fold=1), time(5, tzinfo=timezone(timedelta(minutes=30))), timedelta(-1, 5, 6),
          timezone(timedelta(hours=3)), timezone.utc, datetime(2020, 5, 5, tzinfo=Fixed(90, "X"))]
for value in values:
    shallow = copy.copy(value)
    deep = copy.deepcopy(value)
    print(repr(deep), shallow == value, deep == value, type(deep) is type(value),
          getattr(deep, "fold", None) == getattr(value, "fold", None))
print(copy.deepcopy(timezone.utc) is timezone.utc)
nested = {"when": [datetime(2020, 1, 1, tzinfo=Fixed(-60))], "span": (timedelta(1), date(2020, 1, 2))}
clone = copy.deepcopy(nested)
print(clone, clone == nested, clone["when"][0].tzinfo is not nested["when"][0].tzinfo)
