"""QUOTE_NONE reading: quote characters are ordinary data."""
import csv

lines = ['"a","b"', 'x"y,z', '"a,b",c', '""']
print(list(csv.reader(lines, quoting=csv.QUOTE_NONE)))
print(list(csv.reader(lines, quoting=csv.QUOTE_NONE, quotechar="'")))
print(list(csv.reader(['a\\,b,c'], quoting=csv.QUOTE_NONE, escapechar="\\")))
print(list(csv.reader(['"x"'], quoting=csv.QUOTE_NONE, strict=True)))
r = csv.reader([], quoting=csv.QUOTE_NONE)
print(r.dialect.quoting, repr(r.dialect.quotechar))
r = csv.reader([], quoting=csv.QUOTE_NONE, quotechar=None)
print(r.dialect.quoting, repr(r.dialect.quotechar))
