"""register_dialect with Dialect subclasses (and instances, and plain classes)."""
import csv
import io


class Semicolon(csv.excel):
    delimiter = ";"


class Custom(csv.Dialect):
    delimiter = "|"
    quotechar = "'"
    escapechar = None
    doublequote = True
    skipinitialspace = True
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


class Plain:
    """Not a Dialect subclass: only the attributes matter."""
    delimiter = ":"
    quotechar = '"'
    lineterminator = "\n"


csv.register_dialect("semicolon", Semicolon)
csv.register_dialect("custom", Custom())
csv.register_dialect("plain", Plain)
csv.register_dialect("custom-override", Custom, delimiter="#")
for name in ["semicolon", "custom", "plain", "custom-override"]:
    d = csv.get_dialect(name)
    print(name, repr(d.delimiter), repr(d.quotechar), d.skipinitialspace, repr(d.lineterminator),
          d.quoting, d.doublequote)
    buf = io.StringIO()
    csv.writer(buf, name).writerow(["a b", "c;d|e:f#g", "it's"])
    print("  ", repr(buf.getvalue()))
print(list(csv.reader(["x|  'y|z'| w"], "custom")))
# using a class directly without registering
print(list(csv.reader(["1;2;3"], Semicolon)))
print(list(csv.reader(["1;2;3"], Semicolon())))
buf = io.StringIO()
csv.writer(buf, Custom).writerow(["p", "q"])
print(repr(buf.getvalue()))
for name in ["semicolon", "custom", "plain", "custom-override"]:
    csv.unregister_dialect(name)
print(sorted(csv.list_dialects()))
