"""Parse web server log lines with strptime and summarise them."""
from datetime import datetime, timezone

LOG = """\
192.0.2.1 - - [10/Oct/2023:13:55:36 -0700] "GET /index.html HTTP/1.1" 200 2326
192.0.2.7 - - [10/Oct/2023:13:55:41 -0700] "GET /about HTTP/1.1" 200 512
198.51.100.3 - - [10/Oct/2023:20:56:02 +0000] "POST /api/login HTTP/1.1" 401 87
198.51.100.3 - - [10/Oct/2023:20:56:09 +0000] "POST /api/login HTTP/1.1" 200 90
203.0.113.9 - - [11/Oct/2023:02:26:10 +0530] "GET /feed HTTP/1.1" 304 0
this line is garbage
192.0.2.1 - - [31/Sep/2023:10:00:00 -0700] "GET /bad-date HTTP/1.1" 200 1
192.0.2.1 - - [10/Oct/2023:14:01:00 -0700] "GET /index.html HTTP/1.1" 200 2326
"""

APP = [
    "2023-10-10 21:00:00,120 INFO worker started",
    "2023-10-10 21:00:01,005 DEBUG job=17 begin",
    "2023-10-10 21:00:03,455 DEBUG job=17 end",
    "2023-10-10 21:00:03,500 DEBUG job=18 begin",
    "2023-10-10 21:01:10,000 DEBUG job=18 end",
    "2023-10-10 21:01:10 WARNING missing milliseconds",
]

entries = []
for number, line in enumerate(LOG.splitlines(), 1):
    try:
        stamp = line[line.index("[") + 1:line.index("]")]
        when = datetime.strptime(stamp, "%d/%b/%Y:%H:%M:%S %z")
    except ValueError as exc:
        print("line %d skipped: %s" % (number, exc))
        continue
    request = line.split('"')[1]
    status = int(line.rsplit(" ", 2)[1])
    entries.append((when, request, status))

print()
for when, request, status in sorted(entries, key=lambda e: e[0]):
    utc = when.astimezone(timezone.utc)
    print("%s  %-6s %s  %s" % (utc.strftime("%Y-%m-%d %H:%M:%S UTC"), when.strftime("%z"), status, request))

first = min(e[0] for e in entries)
last = max(e[0] for e in entries)
print("span:", last - first, "| requests:", len(entries))
buckets = {}
for when, _, _ in entries:
    hour = when.astimezone(timezone.utc).replace(minute=0, second=0)
    buckets[hour] = buckets.get(hour, 0) + 1
for hour in sorted(buckets):
    print(hour.isoformat(), "#" * buckets[hour])

print()
starts = {}
for line in APP:
    stamp, level, message = line[:23], line[24:].split(" ", 1)[0], line[24:].split(" ", 1)[-1]
    try:
        when = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S,%f")
    except ValueError as exc:
        print("bad stamp:", exc)
        continue
    if "begin" in message:
        starts[message.split()[0]] = when
    elif "end" in message:
        job = message.split()[0]
        took = when - starts.pop(job)
        print("%s took %s (%.3f s)" % (job, took, took.total_seconds()))
    else:
        print(when.strftime("%H:%M:%S.%f")[:-3], level, message)
