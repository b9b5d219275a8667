"""quotechar for reading: other characters, None, and a quotechar equal to data."""
import csv


def show(lines, **kw):
    try:
        print(kw, list(csv.reader(lines, **kw)))
    except (csv.Error, TypeError, ValueError) as e:
        print(kw, type(e).__name__ + ":", e)


show(["'a,b',c", "'it''s',x"], quotechar="'")
show(['"a,b",c'], quotechar="'")
show(["|a,b|,c", "|x||y|,z"], quotechar="|")
show(['"a,b",c'], quotechar=None, quoting=csv.QUOTE_NONE)
show(['"a,b",c'], quoting=csv.QUOTE_NONE)
show(['"a,b",c'], quotechar=None)
show(['"a,b",c'], quotechar="")
show(['"a,b",c'], quotechar="ab")
show(['"a,b",c'], quotechar=5)
show(["a,b"], quotechar=",")
show(["*a;b*;c"], quotechar="*", delimiter=";")
