import re
from collections import Counter

LOG = """\
2024-03-01 12:00:01 INFO  [web] GET /index.html 200 0.012s
2024-03-01 12:00:02 WARN  [web] GET /missing 404 0.003s
2024-03-01 12:00:05 ERROR [db] query failed: timeout after 30s
2024-03-01 12:01:00 INFO  [web] POST /api/items 201 0.120s
garbage line
2024-03-01 12:02:10 INFO  [web] GET /index.html 200 0.010s
"""

LINE = re.compile(r"""
    ^(?P<date>\d{4}-\d{2}-\d{2})\s
    (?P<time>\d{2}:\d{2}:\d{2})\s
    (?P<level>[A-Z]+)\s+
    \[(?P<component>\w+)\]\s
    (?P<message>.*)$
""", re.X)
REQUEST = re.compile(r"(?P<verb>GET|POST) (?P<path>\S+) (?P<status>\d{3}) (?P<secs>[\d.]+)s")

levels = Counter()
paths = Counter()
slow = []
for lineno, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        print(f"line {lineno}: unparsable {line!r}")
        continue
    levels[m["level"]] += 1
    r = REQUEST.fullmatch(m["message"])
    if r:
        paths[r["path"]] += 1
        if float(r["secs"]) > 0.1:
            slow.append((r["verb"], r["path"], r["secs"]))
    else:
        print(f"line {lineno}: {m['component']}: {m['message']}")
print(sorted(levels.items()))
print(sorted(paths.items()))
print(slow)
print(re.sub(r"\d{2}:\d{2}:\d{2}", "hh:mm:ss", LOG.splitlines()[0]))
