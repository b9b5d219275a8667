import os
import os.path


class Location:
    """A small path object, the way libraries wrap paths."""

    def __init__(self, raw):
        self.raw = raw

    def __fspath__(self):
        return self.raw

    def __repr__(self):
        return f"Location({self.raw!r})"


p = Location("data/reports/summary.csv")
print(os.path.basename(p), os.path.dirname(p), os.path.splitext(p))
print(os.path.split(p), os.path.isabs(p), os.path.normpath(Location("a/./b/../c")))
print(os.path.join(Location("base"), Location("sub"), "leaf"))
print(os.path.join(Location(b"raw"), b"bytes"))
print(os.path.commonpath([Location("/srv/a"), Location("/srv/b")]))
print(os.path.relpath(Location("/a/b/c"), Location("/a")))
print(os.fspath(p), os.fspath(Location(b"b")))

for bad in [Location(42), Location(None)]:
    try:
        os.path.basename(bad)
    except TypeError as exc:
        print("TypeError:", exc)
try:
    os.path.join("a", Location(b"b"))
except TypeError as exc:
    print("TypeError:", exc)
try:
    os.path.join("a", Location(3))
except TypeError as exc:
    print("TypeError:", exc)
