"""writerows with generators, rows that are generators, strings, and bad rows."""
import csv
import io

buf = io.StringIO()
w = csv.writer(buf)
print(w.writerows((i, i * i) for i in range(4)))
print(w.writerows(map(str.split, ["a b", "c d e"])))
print(w.writerows([(x for x in "xyz")]))
print(w.writerows(["abc"]))
print(w.writerow("abc"))
print(w.writerows({"k1": 1, "k2": 2}))
print(w.writerows(iter([[1], [2]])))
print(w.writerow(range(3)))
print(w.writerow({"a": 1, "b": 2}))
print(buf.getvalue(), end="")

for bad in [5, None, [1, 2], [[1], 2, [3]]]:
    buf = io.StringIO()
    try:
        csv.writer(buf).writerows(bad)
    except (csv.Error, TypeError) as e:
        print(type(e).__name__ + ":", e, repr(buf.getvalue()))


def failing():
    yield ["ok"]
    raise ValueError("generator failed")


buf = io.StringIO()
try:
    csv.writer(buf).writerows(failing())
except ValueError as e:
    print("ValueError:", e, repr(buf.getvalue()))


def failing_row():
    yield "a"
    raise ValueError("row failed")


buf = io.StringIO()
try:
    csv.writer(buf).writerow(failing_row())
except ValueError as e:
    print("ValueError:", e, repr(buf.getvalue()))
