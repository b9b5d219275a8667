"""extrasaction='raise' (the default) and 'ignore', and bad values."""
import csv
import io

buf = io.StringIO()
w = csv.DictWriter(buf, ["a", "b"])
try:
    w.writerow({"a": 1, "b": 2, "c": 3})
except ValueError as e:
    print("ValueError:", e)
try:
    w.writerow({"a": 1, 5: 2})
except ValueError as e:
    print("ValueError:", e)
try:
    w.writerows([{"a": 1}, {"zz": 1}])
except ValueError as e:
    print("ValueError:", e, repr(buf.getvalue()))
w = csv.DictWriter(buf, ["a", "b"], extrasaction="ignore")
print(w.writerow({"a": 1, "b": 2, "c": 3, "d": 4}))
w = csv.DictWriter(buf, ["a", "b"], extrasaction="IGNORE")
print(w.extrasaction)
print(w.writerow({"a": "x", "c": 3}))
w = csv.DictWriter(buf, ["a", "b"], extrasaction="Raise")
try:
    print(w.writerow({"a": "x", "c": 3}))
except ValueError as e:
    print("ValueError:", e)
for bad in ["skip", ""]:
    try:
        csv.DictWriter(buf, ["a"], extrasaction=bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    csv.DictWriter(buf, ["a"], extrasaction=None)
except Exception as e:
    print(type(e).__name__ + ":", e)
print(repr(buf.getvalue()))
# writerow needs a mapping
w = csv.DictWriter(io.StringIO(), ["a"])
for bad in [["a"], None, 5]:
    try:
        w.writerow(bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    csv.DictWriter(io.StringIO())
except TypeError as e:
    print("TypeError:", e)
