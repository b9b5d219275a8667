"""Different delimiters for reading."""
import csv

samples = [
    (";", ["a;b;c", '"x;y";z']),
    ("\t", ["a\tb\tc", '"x\ty"\tz']),
    ("|", ["a|b||c", "|"]),
    (" ", ["a b  c", '"x y" z']),
    (":", ["alice:x:1000:1000::/home/alice:/bin/sh"]),
    ("→", ["a→b→c"]),
    ("x", ["axbxc"]),
    ("\x00"[0:0] or "~", ["a~b"]),
]
for delim, lines in samples:
    print(repr(delim), list(csv.reader(lines, delimiter=delim)))

# the delimiter given positionally through a dialect keyword only
r = csv.reader(["1;2"], "excel", delimiter=";")
print(list(r), r.dialect.delimiter)
# a comma is data when another delimiter is used
print(list(csv.reader(["a,b;c"], delimiter=";")))
