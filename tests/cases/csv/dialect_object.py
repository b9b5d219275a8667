"""The dialect objects held by readers and writers, and dialect keywords over a base."""
import csv
import io


class Base(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    doublequote = False
    escapechar = "\\"
    skipinitialspace = True
    lineterminator = "\n"
    quoting = csv.QUOTE_NONNUMERIC
    strict = True


def dump(d):
    return (repr(d.delimiter), repr(d.quotechar), repr(d.escapechar), d.doublequote,
            d.skipinitialspace, repr(d.lineterminator), d.quoting, d.strict)


r = csv.reader([], Base)
print(dump(r.dialect))
w = csv.writer(io.StringIO(), Base, quoting=csv.QUOTE_ALL, strict=False)
print(dump(w.dialect))
r2 = csv.reader([], r.dialect, delimiter="|")
print(dump(r2.dialect))
print(r.dialect is not r2.dialect)
w2 = csv.writer(io.StringIO(), dialect=w.dialect)
print(dump(w2.dialect))
# a dialect object can be registered
csv.register_dialect("copied", r.dialect)
print(dump(csv.get_dialect("copied")))
csv.unregister_dialect("copied")
for attr in ["quoting", "strict", "lineterminator"]:
    try:
        setattr(r.dialect, attr, 1)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    del r.dialect.delimiter
except AttributeError as e:
    print("AttributeError:", e)
print(type(r.dialect) is type(w.dialect), type(r.dialect).__module__)
