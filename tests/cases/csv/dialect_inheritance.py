"""Dialect class hierarchies: attributes inherited and overridden, used by reader/writer."""
import csv
import io


class Base(csv.Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


class Semi(Base):
    delimiter = ";"


class SemiAll(Semi):
    quoting = csv.QUOTE_ALL


class SemiEsc(Semi):
    doublequote = False
    escapechar = "\\"


class WithProp(Base):
    @property
    def delimiter(self):
        return "|"


for cls in [Base, Semi, SemiAll, SemiEsc, WithProp]:
    buf = io.StringIO()
    try:
        csv.writer(buf, cls).writerow(["a", 'b"c', "d;e", 1])
        print(cls.__name__, repr(buf.getvalue()))
    except Exception as e:
        print(cls.__name__, type(e).__name__ + ":", e)
    try:
        inst = cls()
        buf = io.StringIO()
        csv.writer(buf, inst).writerow(["x", "y"])
        print("  instance", repr(buf.getvalue()))
    except Exception as e:
        print("  instance", type(e).__name__ + ":", e)

csv.register_dialect("semi-all", SemiAll)
print(list(csv.reader(['"a";"b;c"'], "semi-all")))
print(csv.get_dialect("semi-all").quoting)
csv.unregister_dialect("semi-all")


class Instance(csv.excel):
    def __init__(self, delim):
        self.delimiter = delim
        super().__init__()


buf = io.StringIO()
csv.writer(buf, Instance("#")).writerow(["a", "b#c"])
print(repr(buf.getvalue()))
try:
    Instance("##")
except csv.Error as e:
    print("Error:", e)
