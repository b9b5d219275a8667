"""DictReader with the header read from the first row."""
import csv
import io

text = "name,age,city\r\nalice,30,Paris\r\nbob,25,Berlin\r\n"
r = csv.DictReader(io.StringIO(text))
print(type(r).__name__, r.line_num)
print(r.fieldnames, r.line_num)
for row in r:
    print(r.line_num, type(row).__name__, row)
print(r.fieldnames)
print(r.reader.line_num, r.dialect, r.restkey, r.restval)

rows = list(csv.DictReader(io.StringIO(text)))
print(sorted(rows, key=lambda d: int(d["age"])))
print([row["city"] for row in csv.DictReader(text.splitlines())])
# iter() returns itself
r = csv.DictReader(io.StringIO(text))
print(iter(r) is r)
print(next(r))
# quoted headers and values
q = '"first name","last, name"\n"Ada","Lovelace, Countess"\n'
print(list(csv.DictReader(io.StringIO(q))))
# header only
r = csv.DictReader(io.StringIO("a,b,c\n"))
print(list(r), r.fieldnames)
# fieldnames asked before iterating, after iterating
r = csv.DictReader(io.StringIO(text))
print(next(r)["name"], r.fieldnames)
