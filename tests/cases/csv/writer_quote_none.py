"""QUOTE_NONE: special characters need an escapechar or raise csv.Error."""
import csv
import io


def row(fields, **kw):
    buf = io.StringIO()
    try:
        n = csv.writer(buf, quoting=csv.QUOTE_NONE, **kw).writerow(fields)
    except csv.Error as e:
        return "Error: %s (partial %r)" % (e, buf.getvalue())
    return "%d %r" % (n, buf.getvalue())


print(row(["a", "b", 1, None]))
print(row(["a,b"]))
print(row(["a,b"], escapechar="\\"))
print(row(['a"b']))
print(row(['a"b'], escapechar="\\"))
print(row(['a"b'], quotechar=None))
print(row(["a\nb"], escapechar="\\"))
print(row(["a\nb"]))
print(row(["a\rb"], escapechar="\\"))
print(row(["a\\b"], escapechar="\\"))
print(row([""]))
print(row(["", ""]))
print(row([]))
print(row([None]))
print(row(["x", "a,b"]))
print(row(["a;b"], delimiter=";", escapechar="$"))
print(row(["a$b"], escapechar="$"))
print(row(["a!b"], escapechar="\\", lineterminator="!"))
