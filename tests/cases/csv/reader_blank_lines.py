"""Blank lines become empty rows; whitespace-only lines are a field."""
import csv
import io

text = "a,b\n\n\nc,d\n \n,\n\n"
r = csv.reader(io.StringIO(text))
for row in r:
    print(r.line_num, row)
print(list(csv.reader(["", "", ""])))
print(list(csv.reader(["\r\n", "\n", "\r"])))
print(list(csv.reader(io.StringIO(""))))
print(list(csv.reader(io.StringIO("\n"))))
print(list(csv.reader(io.StringIO('""\n'))))
# skip blank rows the usual way
print([row for row in csv.reader(io.StringIO(text)) if row])
print([row for row in csv.reader(io.StringIO(text)) if any(f.strip() for f in row)])
