"""restval fills keys that are missing from the row dict."""
import csv
import io
from collections import OrderedDict, defaultdict

for restval in ["", "NA", None, 0, "x,y"]:
    buf = io.StringIO()
    w = csv.DictWriter(buf, ["a", "b", "c"], restval=restval, lineterminator="\n")
    w.writerow({"b": "only b"})
    w.writerow({})
    print(repr(restval), repr(buf.getvalue()))

buf = io.StringIO()
w = csv.DictWriter(buf, ["a", "b"], lineterminator="\n")
w.writerow(OrderedDict([("b", 2), ("a", 1)]))
dd = defaultdict(lambda: "dflt", a="set")
w.writerow(dd)
print(repr(buf.getvalue()))


class Row(dict):
    def get(self, key, default=None):
        return "custom-" + str(key)


w.writerow(Row(a=1))
print(repr(buf.getvalue()))
