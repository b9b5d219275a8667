from datetime import datetime, timezone

cases = [("+0530", "%z"), ("+05:30", "%z"), ("-05:30:15.5", "%z"), ("Z", "%z"), ("z", "%z"), ("+05:3015", "%z"),
         ("+0530:15", "%z"), ("+0000", "%z"), ("-0000", "%z"), ("UTC", "%Z"), ("GMT +0100", "%Z %z"), ("EST", "%Z"),
         ("utc", "%Z"), ("+05", "%z"), ("+05:30:", "%z"), ("+0530.5", "%z"), ("-00:00:00.000001", "%z"),
         ("+2400", "%z"), ("+9959", "%z"), ("UTC+0000", "%Z%z"), ("+123456", "%z"), ("+12:34:56.789", "%z"),
         ("2024-05-06T07:08:09+02:00", "%Y-%m-%dT%H:%M:%S%z"), ("2024-05-06 07:08:09 GMT", "%Y-%m-%d %H:%M:%S %Z")]
for data, fmt in cases:
    try:
        dt = datetime.strptime(data, fmt)
        print(repr(data), repr(fmt), repr(dt), dt.tzname(), dt.utcoffset())
    except ValueError as exc:
        print(repr(data), repr(fmt), "ValueError:", exc)
dt = datetime.strptime("2024-05-06 07:08:09 +0200", "%Y-%m-%d %H:%M:%S %z")
print(dt.astimezone(timezone.utc), dt.tzinfo == timezone.utc, dt.timestamp())
