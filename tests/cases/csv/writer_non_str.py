"""Non-string values: str() of each, None becomes an empty field, floats use repr."""
import csv
import io


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __str__(self):
        return "(%s, %s)" % (self.x, self.y)


class Raises:
    def __str__(self):
        raise RuntimeError("no str for you")


buf = io.StringIO()
w = csv.writer(buf)
print(w.writerow([None, 0, -1, 2 ** 70, 0.1, 1 / 3, 1e16, 1e-5, 2.0, float("-inf")]))
print(w.writerow([True, False, b"bytes", [1, 2], (3,), {"k": "v"}, {1}]))
print(w.writerow([Point(1, 2), 3 + 4j, range(3), "ok"]))
print(w.writerow([None]))
print(w.writerow([None, None]))
print(buf.getvalue(), end="")
try:
    w.writerow(["before", Raises(), "after"])
except RuntimeError as e:
    print("RuntimeError:", e)
print(repr(buf.getvalue()[-20:]))
