"""Reader objects: type, dialect attribute and its read-only fields."""
import csv

r = csv.reader(["a"])
print(type(r))
d = r.dialect
print(type(d))
for name in ["delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace",
             "lineterminator", "quoting", "strict"]:
    print(name, repr(getattr(d, name)))
try:
    d.delimiter = ";"
except AttributeError as e:
    print("AttributeError:", e)
try:
    r.dialect = None
except AttributeError as e:
    print("AttributeError:", e)
try:
    r.foo = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(r, "__next__"), hasattr(r, "line_num"))
r2 = csv.reader([], dialect=d)
print(r2.dialect.delimiter, r2.dialect.quoting)
r3 = csv.reader([], delimiter="\t", quoting=csv.QUOTE_ALL, escapechar="^")
print(repr(r3.dialect.delimiter), r3.dialect.quoting, repr(r3.dialect.escapechar))
try:
    type(r)()
except TypeError as e:
    print("TypeError:", e)
