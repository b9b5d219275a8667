"""QUOTE_ALL quotes every field, including numbers and empty strings."""
import csv
import io

buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_ALL)
w.writerow(["a", 1, 2.5, "", None, True, 'q"q', "x,y"])
w.writerow([])
w.writerow([""])
print(repr(buf.getvalue()))
buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_ALL, quotechar="'", delimiter=";")
w.writerow(["a", "it's", 3])
print(repr(buf.getvalue()))
buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_ALL, doublequote=False, escapechar="\\")
w.writerow(['a"b', "c\\d"])
print(repr(buf.getvalue()))
buf = io.StringIO()
csv.writer(buf, dialect="unix").writerow(["u", 1, None])
print(repr(buf.getvalue()))
