import sys

DATA = """name,dept,salary,start
Alice Smith,Engineering,120000,2015-03-01
Bob Jones,Sales,65000,2019-11-15
"Carol, PhD",Engineering,135000,2012-07-30
Dan Brown,Marketing,,2021-01-04
Eve Adams,Sales,72000,2018-05-20

Frank Moore,Engineering,98000,2020-09-09
bad line without enough fields
"""


def split_line(line):
    fields, cur, quoted = [], [], False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            fields.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    fields.append("".join(cur))
    return fields


def parse(text):
    lines = text.strip("\n").split("\n")
    header = lines[0].split(",")
    rows, errors = [], []
    for lineno, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        fields = split_line(line)
        if len(fields) != len(header):
            errors.append(f"line {lineno}: expected {len(header)} fields, got {len(fields)}")
            continue
        row = dict(zip(header, fields))
        row["salary"] = int(row["salary"]) if row["salary"] else None
        y, m, d = (int(p) for p in row["start"].split("-"))
        row["start"] = (y, m, d)
        rows.append(row)
    return header, rows, errors


header, rows, errors = parse(DATA)
print("columns:", header)
for e in errors:
    print("warning:", e, file=sys.stderr)
print(len(rows), "rows")

by_dept = {}
for r in rows:
    by_dept.setdefault(r["dept"], []).append(r)

for dept in sorted(by_dept):
    people = by_dept[dept]
    paid = [p["salary"] for p in people if p["salary"] is not None]
    avg = sum(paid) / len(paid) if paid else 0
    print(f"{dept}: {len(people)} people, avg salary {avg:,.1f}")
    for p in sorted(people, key=lambda p: p["start"]):
        sal = "n/a" if p["salary"] is None else f"{p['salary']:,}"
        print(f"   {p['name']:<14} since {'%04d/%02d/%02d' % p['start']}  {sal:>9}")

senior = min(rows, key=lambda r: r["start"])
print("most senior:", senior["name"])
print("total payroll:", sum(r["salary"] or 0 for r in rows))
out = [",".join(header)]
for r in rows:
    vals = [r["name"], r["dept"], "" if r["salary"] is None else str(r["salary"]), "-".join(map(str, r["start"]))]
    out.append(",".join('"' + v + '"' if "," in v else v for v in vals))
print("\n".join(out))
