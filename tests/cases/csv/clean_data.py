"""A cleaning pass over a messy export: mixed quoting, stray spaces, blank lines, duplicate
and short rows; the cleaned rows are written with a different dialect."""
import csv
import io

MESSY = '''Name , Email,  Joined ,Score

"Smith, John" , JOHN@EXAMPLE.COM , 2021-03-04 , 17
  alice , alice@example.com,2020-01-01,  "9"
"Smith, John" , JOHN@EXAMPLE.COM , 2021-03-04 , 17
bob,bob@example.com
"O""Brien, Pat",pat@example.com,2019-12-31,21.5


carol,,2022-07-07,n/a
'''


def clean_rows(text):
    reader = csv.reader(io.StringIO(text), skipinitialspace=True)
    header = [h.strip().lower() for h in next(reader)]
    seen = set()
    problems = []
    out = []
    for row in reader:
        if not row or all(not c.strip() for c in row):
            continue
        cells = [c.strip() for c in row]
        if len(cells) < len(header):
            problems.append("line %d: %d of %d fields" % (reader.line_num, len(cells), len(header)))
            cells += [""] * (len(header) - len(cells))
        record = dict(zip(header, cells))
        record["email"] = record["email"].lower()
        try:
            record["score"] = float(record["score"]) if record["score"] else None
        except ValueError:
            problems.append("line %d: bad score %r" % (reader.line_num, record["score"]))
            record["score"] = None
        key = (record["name"], record["email"])
        if key in seen:
            problems.append("line %d: duplicate %s" % (reader.line_num, record["name"]))
            continue
        seen.add(key)
        out.append(record)
    return header, out, problems


header, records, problems = clean_rows(MESSY)
print(header)
for p in problems:
    print("!", p)
buf = io.StringIO()
w = csv.DictWriter(buf, header, delimiter=";", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writeheader()
w.writerows(records)
print(buf.getvalue(), end="")
buf.seek(0)
back = list(csv.DictReader(buf, delimiter=";", quoting=csv.QUOTE_NONNUMERIC))
for r in back:
    print(r)
