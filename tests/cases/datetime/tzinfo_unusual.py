# tzinfo objects whose utcoffset() is None, and ones reporting daylight saving time
from datetime import *
class NoneTz(tzinfo):
    def utcoffset(self, dt): return None
    def dst(self, dt): return None
    def tzname(self, dt): return None
    def __repr__(self): return 'NoneTz()'
class DstTz(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=-4)
    def dst(self, dt): return timedelta(hours=1)
    def tzname(self, dt): return 'EDT'
    def __repr__(self): return 'DstTz()'
n = NoneTz(); d = DstTz()
def P(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
for x in (time(1, tzinfo=n), time(1, tzinfo=d), datetime(2020, 1, 1, tzinfo=n), datetime(2020, 1, 1, tzinfo=d)):
    P(lambda: x.isoformat()); P(lambda: x.strftime('%z|%Z|%Ez|%-z|%^Z|%5Z|%c')); P(lambda: x.utcoffset()); P(lambda: x.dst()); P(lambda: x.tzname())
    P(lambda: x == x.replace(tzinfo=None)); P(lambda: x < x.replace(tzinfo=None)); P(lambda: hash(x) == hash(x.replace(tzinfo=None)))
    P(lambda: x == x.replace(tzinfo=timezone.utc)); P(lambda: x > x.replace(tzinfo=timezone.utc))
    if isinstance(x, datetime):
        P(lambda: x.timetuple()); P(lambda: x.utctimetuple()); P(lambda: x - datetime(2020, 1, 1)); P(lambda: x.timestamp())
        P(lambda: d.fromutc(x.replace(tzinfo=d))); P(lambda: n.fromutc(x.replace(tzinfo=n)))
