"""The _csv.Dialect type itself: building dialect objects from names, classes, objects and
keywords, and subclassing it."""
import csv
import _csv

D = type(csv.get_dialect("excel"))


def show(label, fn):
    try:
        d = fn()
        print(label, repr(d.delimiter), d.quoting, repr(d.quotechar), repr(d.lineterminator),
              d.strict)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


show("no args", lambda: D())
show("kw", lambda: D(delimiter=";"))
show("name", lambda: D("excel-tab"))
show("name kw", lambda: D("excel-tab", quoting=csv.QUOTE_ALL))
show("class", lambda: D(csv.unix_dialect))
show("obj", lambda: D(csv.get_dialect("unix"), delimiter="|"))
show("dialect kw", lambda: D(dialect="unix"))
show("int", lambda: D(5))
show("delimiter positional", lambda: D("excel", "x"))
show("unknown kw", lambda: D(nope=1))
show("unknown name", lambda: D("nope"))
d = csv.get_dialect("excel")
print(D(d) is d, D(d, delimiter=";") is d)


class Sub(D):
    pass


s = Sub(delimiter=";")
print(type(s).__name__, s.delimiter, isinstance(s, D))
print(list(csv.reader(["a;b"], s)))
print(D.__name__, D.__module__, D.__qualname__)
print(_csv.Dialect is D, _csv.reader is csv.reader, _csv.Error is csv.Error)
