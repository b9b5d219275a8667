from datetime import datetime, time, timedelta, timezone, tzinfo

offsets = [timedelta(0), timedelta(hours=5, minutes=30), timedelta(hours=-8), timedelta(minutes=-1),
           timedelta(hours=1, seconds=5), timedelta(hours=-5, seconds=-30, microseconds=-7),
           timedelta(hours=23, minutes=59), timedelta(microseconds=1)]
for off in offsets:
    tz = timezone(off)
    dt = datetime(2022, 8, 9, 10, 11, 12, tzinfo=tz)
    print(repr(dt.strftime("%z|%Z|%Ez|%-z|%5Z|%%z|%%%z")), repr(time(1, tzinfo=tz).strftime("%z %Z")))
named = timezone(timedelta(hours=2), "My%Zone%%")
print(repr(datetime(2020, 1, 1, tzinfo=named).strftime("[%Z] [%z] [%%Z]")))
print(repr(datetime(2020, 1, 1).strftime("[%Z] [%z] [%f]")), repr(time(0).strftime("[%Z] [%z]")))


class Summer(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=2)

    def dst(self, dt):
        return timedelta(hours=1)

    def tzname(self, dt):
        return "CEST"


s = datetime(2022, 7, 1, 9, tzinfo=Summer())
print(repr(s.strftime("%z %Z %c")), s.timetuple().tm_isdst, s.utctimetuple().tm_isdst)
print(f"{s:%Y-%m-%dT%H:%M:%S%z}", f"{s:%H:%M %Z}")
