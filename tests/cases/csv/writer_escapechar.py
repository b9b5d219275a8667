"""escapechar and doublequote when writing."""
import csv
import io


def row(fields, **kw):
    buf = io.StringIO()
    try:
        csv.writer(buf, **kw).writerow(fields)
    except csv.Error as e:
        return "Error: %s" % e
    return repr(buf.getvalue())


data = ['a"b', "c,d", "e\\f", "plain"]
print(row(data))
print(row(data, escapechar="\\"))
print(row(data, doublequote=False, escapechar="\\"))
print(row(data, doublequote=False))
print(row(['a"b'], doublequote=False, escapechar="\\", quoting=csv.QUOTE_ALL))
print(row(["e\\f"], escapechar="\\", quoting=csv.QUOTE_ALL))
print(row(["x!y"], escapechar="!"))
print(row(["x!y"], escapechar="!", quoting=csv.QUOTE_ALL))
print(row(["x!y"], escapechar="!", quoting=csv.QUOTE_NONNUMERIC))
print(row(["ab", 1.5], escapechar="a", quoting=csv.QUOTE_NONNUMERIC))

# round trip through the reader with the same settings
settings = dict(doublequote=False, escapechar="\\")
buf = io.StringIO()
csv.writer(buf, **settings).writerows([data, ['"', "\\", ","]])
print(repr(buf.getvalue()))
buf.seek(0)
print(list(csv.reader(buf, **settings)))
