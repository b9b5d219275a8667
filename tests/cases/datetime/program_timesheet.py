"""Weekly timesheet: clock-in/clock-out pairs, totals per day and ISO week, overtime."""
from datetime import datetime, timedelta

PUNCHES = """\
alice 2024-04-29T08:58 2024-04-29T17:02
alice 2024-04-30T09:10 2024-04-30T18:40
alice 2024-05-01T08:30 2024-05-01T12:00
alice 2024-05-01T13:00 2024-05-01T17:45
alice 2024-05-03T22:00 2024-05-04T06:15
bob 2024-04-29T10:00 2024-04-29T19:30
bob 2024-05-06T07:45 2024-05-06T16:00
bob 2024-05-07T07:45 2024-05-07T17:00:30
carol 2024-05-02T09:00 2024-05-02T08:00
"""

WEEKLY_LIMIT = timedelta(hours=20)
shifts = {}
for line in PUNCHES.splitlines():
    name, start_text, end_text = line.split()
    start = datetime.fromisoformat(start_text)
    end = datetime.fromisoformat(end_text)
    if end <= start:
        print("ignoring %s's shift: ends %s before it starts" % (name, end - start))
        continue
    shifts.setdefault(name, []).append((start, end))

for name in sorted(shifts):
    print("==", name)
    weeks = {}
    for start, end in sorted(shifts[name]):
        # split shifts that cross midnight
        cursor = start
        while cursor < end:
            midnight = datetime.combine(cursor.date() + timedelta(days=1), datetime.min.time())
            piece_end = min(end, midnight)
            length = piece_end - cursor
            iso = cursor.isocalendar()
            weeks.setdefault((iso[0], iso[1]), []).append((cursor, length))
            print("  %s %s-%s %8s" % (cursor.strftime("%a %d %b"), cursor.strftime("%H:%M"),
                                      piece_end.strftime("%H:%M"), length))
            cursor = piece_end
    for (year, week), pieces in sorted(weeks.items()):
        total = sum((length for _, length in pieces), timedelta())
        overtime = max(total - WEEKLY_LIMIT, timedelta())
        hours = total.total_seconds() / 3600
        print("  week %d-W%02d: %s = %.2f h, overtime %s" % (year, week, total, hours, overtime))
