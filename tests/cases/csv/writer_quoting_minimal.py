"""QUOTE_MINIMAL: which fields get quoted."""
import csv
import io


def row(fields, **kw):
    buf = io.StringIO()
    try:
        csv.writer(buf, **kw).writerow(fields)
    except (csv.Error, TypeError, ValueError) as e:
        return "%s: %s" % (type(e).__name__, e)
    return buf.getvalue()


cases = [
    ["plain", "with space", " lead", "trail "],
    ["a,b", 'q"q', "n\nl", "c\rr", "t\tab"],
    ["", "x"],
    [""],
    [" "],
    ["'single'"],
    ["#hash", "semi;colon", "pipe|", "back\\slash"],
    ["\x00nul"],
    ["é", "日本"],
]
for fields in cases:
    print(repr(row(fields)))
print(repr(row(["a;b", "a,b"], delimiter=";")))
print(repr(row(["a!b", "a;b"], lineterminator="!")))
print(repr(row(["a\nb"], lineterminator="!")))
print(repr(row(["a\tb", "c d"], delimiter="\t")))
print(repr(row(["it's", 'a"b'], quotechar="'")))
print(repr(row(["x y", "z"], delimiter=" ")))
print(repr(row(["a\\b", "c,d"], escapechar="\\")))
