"""DictReader skips blank rows but still counts their lines."""
import csv
import io

text = "\n\nname,qty\n\napple,3\n\n\npear,5\n,\n\n"
r = csv.DictReader(io.StringIO(text))
for row in r:
    print(r.line_num, row)
print(r.fieldnames, r.line_num)
r = csv.DictReader(io.StringIO("\n\n\n"))
print(list(r), r.fieldnames, r.line_num)
r = csv.DictReader(io.StringIO(""))
print(r.fieldnames, list(r), r.line_num)
r = csv.DictReader(io.StringIO(""), fieldnames=["a"])
print(r.fieldnames, list(r))
r = csv.DictReader(io.StringIO("x\n\n"), fieldnames=["a"])
print(list(r))
# whitespace-only lines are not blank
print(list(csv.DictReader(io.StringIO("a,b\n \n1,2\n"))))
