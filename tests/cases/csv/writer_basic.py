"""csv.writer: what writerow returns, what writerows returns, and the text produced."""
import csv
import io

buf = io.StringIO()
w = csv.writer(buf)
print(type(w))
print(w.writerow(["a", "b", "c"]))
print(w.writerow(["hello, world", 'say "hi"', "x"]))
print(w.writerow([]))
print(w.writerow([""]))
print(w.writerow(["", ""]))
print(w.writerow(("tuple", 1)))
print(w.writerows([["r1"], ["r2", "x"]]))
print(w.writerows([]))
print(repr(buf.getvalue()))
print(w.dialect.delimiter, repr(w.dialect.lineterminator))


class Collector:
    """Anything with a write method works as the target."""

    def __init__(self):
        self.chunks = []

    def write(self, s):
        self.chunks.append(s)
        return 12345


c = Collector()
w = csv.writer(c)
print(w.writerow(["x", "y"]))
print(w.writerows([["1"], ["2"]]))
print(c.chunks)


class Weird:
    def write(self, s):
        return None


print(csv.writer(Weird()).writerow(["a"]))
print(csv.writer(Weird()).writerows([["a"]]))
