"""Bad arguments to csv.reader."""
import csv


def show(label, fn):
    try:
        r = fn()
        print(label, "ok", list(r))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


show("no args", lambda: csv.reader())
show("not iterable", lambda: csv.reader(5))
show("none", lambda: csv.reader(None))
show("string iterable", lambda: csv.reader("a,b"))
show("unknown dialect", lambda: csv.reader([], "nope"))
show("unknown dialect kw", lambda: csv.reader([], dialect="nope"))
show("bad keyword", lambda: csv.reader([], foo=1))
show("too many", lambda: csv.reader([], "excel", 3))
show("dialect int", lambda: csv.reader([], 5))
show("dialect none", lambda: csv.reader(["a;b"], None, delimiter=";"))
show("tuple", lambda: csv.reader(("a,b", "c")))
show("dict keys", lambda: csv.reader({"x,y": 1}))
