"""Short rows get restval, long rows put extras under restkey."""
import csv
import io

text = "a,b,c\n1,2,3\n1,2\n1\n1,2,3,4,5\n,,\n"
print(list(csv.DictReader(io.StringIO(text))))
print(list(csv.DictReader(io.StringIO(text), restkey="extra", restval="N/A")))
print(list(csv.DictReader(io.StringIO(text), restval=0)))
print(list(csv.DictReader(io.StringIO(text), restkey="_")))
r = csv.DictReader(io.StringIO(text), restkey="more", restval="-")
print(r.restkey, r.restval)
for row in r:
    print(len(row), row)
# restkey equal to an existing field name
print(list(csv.DictReader(io.StringIO("a,b\n1,2,3\n"), restkey="a")))
