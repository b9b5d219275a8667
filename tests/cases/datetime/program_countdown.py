"""Countdowns to upcoming events, phrased for humans, from a fixed 'now'."""
from datetime import datetime, timedelta, timezone

NOW = datetime(2024, 12, 30, 22, 15, 5, tzinfo=timezone.utc)
EVENTS = [
    ("New Year (UTC)", "2025-01-01T00:00:00+00:00"),
    ("New Year (Tokyo)", "2025-01-01T00:00:00+09:00"),
    ("New Year (Honolulu)", "2025-01-01T00:00:00-10:00"),
    ("Launch", "2025-03-14T15:09:26.535897Z"),
    ("Deadline passed", "2024-12-24T17:00:00+01:00"),
    ("Right now", "2024-12-30T22:15:05Z"),
    ("In a moment", "2024-12-30T22:15:05.5Z"),
]


def humanize(delta):
    if delta < timedelta(0):
        return humanize(-delta) + " ago"
    if delta < timedelta(seconds=1):
        return "now" if not delta else "in under a second"
    days = delta.days
    hours, rest = divmod(delta.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    parts = []
    for amount, unit in ((days, "day"), (hours, "hour"), (minutes, "minute"), (seconds, "second")):
        if amount:
            parts.append("%d %s%s" % (amount, unit, "" if amount == 1 else "s"))
    return "in " + ", ".join(parts[:2])


for name, text in EVENTS:
    when = datetime.fromisoformat(text.replace("Z", "+00:00")) if text.endswith("Z") and "." in text else datetime.fromisoformat(text)
    delta = when - NOW
    print("%-20s %-32s %-28s %s" % (name, when.isoformat(), humanize(delta), delta))
print(sorted(EVENTS, key=lambda e: datetime.fromisoformat(e[1]))[0][0])
