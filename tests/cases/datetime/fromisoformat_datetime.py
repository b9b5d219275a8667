from datetime import datetime

texts = [
    "2020-01-01", "2020-01-01T10", "2020-01-01T10:30", "2020-01-01 10:30:45", "2020-01-01x10:30",
    "2020-01-01é10:30", "2020-01-01\u4e0010:30", "20200101T103015.5Z", "2020-01-01T10:00:00.000001+05:00",
    "2020-01-01T10:00:00,123-03:30", "2020-01-01T1030", "2020-01-01T103045", "2020-01-01T10:30:45.1234567",
    "2020-W01T10", "2020-W01-1T10", "2020W01T10", "2020W011T10", "2020W01110", "2020W011100",
    "2020W0111000", "2020W01", "2020-W01-1", "2020-W01-11", "2020-01-01T10:00Z", "2020-01-01T10+01",
    "2020-01-01T10:00:00+05:30:15.5", "2020-01-01T10:00-00:00", "2020-01-01T10:00+00:00:00.5",
    "2020-01-01T10.5", "2020-01-01T10:30.25", "2020-01-01T10:00:00:5", "2020-01-01T10:+05",
]
for text in texts:
    try:
        print(repr(text), repr(datetime.fromisoformat(text)))
    except ValueError as exc:
        print(repr(text), "ValueError:", exc)
bad = ["2020-01-01T", "2020-01-01T24:00", "2020-W01-110", "2020-W0110", "2020W0110:00",
       "2020-W01-", "2020-W01-1-", "2020-W01-111", "202", "2020", "2020-01", "2020010110:30",
       "2020-01-01T10:00Zx", "2020-01-01T10:0", "2020-01-01T1:00", "2020-01-01T10:00:00.",
       "2020-01-01T10:00:00 ", "2020-01-01T10:00+5", "2020-01-01T10:00+24:00", "2020-01-01T10:00z",
       "2020-01-01T10:60", "2020-02-30T10:00", "2020-01-01T10:00+99"]
for text in bad:
    try:
        print(repr(text), repr(datetime.fromisoformat(text)))
    except ValueError as exc:
        print(repr(text), "ValueError:", exc)
for value in (5, None, b"2020-01-01"):
    try:
        datetime.fromisoformat(value)
    except TypeError as exc:
        print("TypeError:", exc)
try:
    datetime.fromisoformat("2020-01-01", 1)
except TypeError as exc:
    print("TypeError:", exc)
# round trips
from datetime import timezone, timedelta
for dt in (datetime(2021, 5, 6, 7, 8, 9, 10), datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=-12))),
           datetime(9999, 12, 31, 23, 59, 59, 999999, timezone(timedelta(seconds=1)))):
    print(datetime.fromisoformat(dt.isoformat()) == dt, datetime.fromisoformat(str(dt)) == dt)
