LOG = """\
2024-01-01 INFO server started
2024-01-01 WARN disk 80%
2024-01-02 ERROR connection lost
# comment line
2024-01-02 INFO reconnected

2024-01-03 ERROR timeout on db
2024-01-03 INFO shutdown
"""

def read_lines(text):
    for line in text.splitlines():
        yield line

def strip_comments(lines):
    for line in lines:
        if line and not line.startswith("#"):
            yield line

def parse(lines):
    for line in lines:
        date, level, message = line.split(" ", 2)
        yield {"date": date, "level": level, "msg": message}

def only_level(records, level):
    for r in records:
        if r["level"] == level:
            yield r

def numbered(items, start=1):
    n = start
    for item in items:
        yield n, item
        n += 1

records = parse(strip_comments(read_lines(LOG)))
errors = only_level(records, "ERROR")
for n, rec in numbered(errors):
    print(f"{n}. [{rec['date']}] {rec['msg']}")

counts = {}
for rec in parse(strip_comments(read_lines(LOG))):
    counts[rec["level"]] = counts.get(rec["level"], 0) + 1
print(counts)

def batched(it, size):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch

for b in batched(strip_comments(read_lines(LOG)), 3):
    print(len(b), b[0][:10])
