"""DictReader with fieldnames given: the first row is data; iterators and tuples as fieldnames."""
import csv
import io

text = "1,2,3\n4,5,6\n"
r = csv.DictReader(io.StringIO(text), fieldnames=["a", "b", "c"])
print(r.fieldnames, list(r))
r = csv.DictReader(io.StringIO(text), ("x", "y", "z"))
print(r.fieldnames, list(r))
# in 3.11 an iterator is kept as it is, and fails once rows are built
r = csv.DictReader(io.StringIO(text), iter(["p", "q", "r"]))
print(type(r.fieldnames).__name__)
try:
    print(list(r))
except TypeError as e:
    print("TypeError:", e)
r = csv.DictReader(io.StringIO(text), list(k for k in "uvw"))
print(r.fieldnames, list(r))
# set fieldnames after creation
r = csv.DictReader(io.StringIO(text))
r.fieldnames = ["one", "two", "three"]
print(list(r))
# change fieldnames midway
r = csv.DictReader(io.StringIO("h1,h2\n1,2\n3,4\n"))
print(next(r))
r.fieldnames = ["X", "Y"]
print(next(r))
# duplicate field names: the later value wins
print(list(csv.DictReader(io.StringIO("k,k,v\n1,2,3\n"))))
# empty field names
print(list(csv.DictReader(io.StringIO(",b,\n1,2,3\n"))))
# non-string field names
print(list(csv.DictReader(io.StringIO("1,2\n"), fieldnames=[10, None])))
