"""str subclasses and odd iterables: the reader accepts str subclasses, the writer uses str()."""
import csv
import io


class Line(str):
    pass


class Shouty(str):
    def __str__(self):
        return self.upper()


class Lines:
    def __init__(self, items):
        self.items = list(items)

    def __iter__(self):
        return self

    def __next__(self):
        if not self.items:
            raise StopIteration
        return self.items.pop(0)


print(list(csv.reader([Line("a,b"), Line("c")])))
print(list(csv.reader(Lines(["x,y", "z"]))))
buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_NONNUMERIC)
w.writerow([Shouty("quiet"), Line("plain"), 3])
print(repr(buf.getvalue()))


class Cell:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        return "<%s>" % self.v

    def __repr__(self):
        return "Cell(%r)" % self.v


buf = io.StringIO()
csv.writer(buf).writerow([Cell(1), Cell("a,b")])
print(repr(buf.getvalue()))


class Row:
    """An iterable row type."""

    def __init__(self, *cells):
        self.cells = cells

    def __iter__(self):
        return iter(self.cells)


buf = io.StringIO()
csv.writer(buf).writerows([Row(1, 2), Row("x")])
print(repr(buf.getvalue()))
