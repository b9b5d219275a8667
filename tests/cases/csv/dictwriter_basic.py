"""DictWriter: writeheader and writerow return values, field order, dialects."""
import csv
import io

buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=["name", "age", "city"])
print(w.fieldnames, repr(w.restval), w.extrasaction)
print(w.writeheader())
print(w.writerow({"city": "Paris", "name": "alice", "age": 30}))
print(w.writerow({"name": "bob, jr.", "age": None, "city": 'the "big" one'}))
print(w.writerows([{"name": "c", "age": 1, "city": "x"}, {"name": "d", "age": 2, "city": "y"}]))
print(repr(buf.getvalue()))
print(type(w.writer).__name__)

buf = io.StringIO()
w = csv.DictWriter(buf, ("b", "a"), dialect="unix")
w.writeheader()
w.writerow({"a": 1, "b": 2})
print(repr(buf.getvalue()))

buf = io.StringIO()
w = csv.DictWriter(buf, iter(["x", "y"]), delimiter=";", lineterminator="\n")
print(type(w.fieldnames).__name__)
try:
    w.writeheader()
except ValueError as e:
    print("ValueError:", e)
w = csv.DictWriter(buf, ["x", "y"], delimiter=";", lineterminator="\n")
w.writeheader()
w.writerow({"x": "1;2", "y": 3})
print(repr(buf.getvalue()))

buf = io.StringIO()
w = csv.DictWriter(buf, [], lineterminator="\n")
print(w.writeheader(), w.writerow({}), repr(buf.getvalue()))

buf = io.StringIO()
w = csv.DictWriter(buf, ["only"], quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writeheader()
w.writerows([{"only": 1.5}, {"only": "s"}, {}])
print(repr(buf.getvalue()))
# round trip with DictReader
buf = io.StringIO()
w = csv.DictWriter(buf, ["k", "v"])
w.writeheader()
w.writerows({"k": k, "v": v} for k, v in [("a", "1"), ("b", "two\nlines")])
buf.seek(0)
print(list(csv.DictReader(buf)))
