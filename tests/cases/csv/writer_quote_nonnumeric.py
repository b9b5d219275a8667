"""QUOTE_NONNUMERIC writes every non-number quoted; bools, None and number subclasses."""
import csv
import io


class MyInt(int):
    pass


class MyFloat(float):
    def __str__(self):
        return "MyFloat!"


class Num:
    def __str__(self):
        return "42"


buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_NONNUMERIC)
w.writerow(["text", 1, -2, 3.25, 1e20, 1e-20, float("inf"), float("nan")])
w.writerow([True, False, None, "", "1", MyInt(7), MyFloat(1.5), Num()])
w.writerow([complex(1, 2), 10 ** 30, -0.0])
w.writerow([])
w.writerow([""])
w.writerow([None])
print(buf.getvalue(), end="")
