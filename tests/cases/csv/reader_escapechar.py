"""escapechar for reading, with and without quoting and doublequote."""
import csv


def show(lines, **kw):
    try:
        print(sorted(kw.items()), list(csv.reader(lines, **kw)))
    except (csv.Error, TypeError, ValueError) as e:
        print(sorted(kw.items()), type(e).__name__ + ":", e)


show(["a\\,b,c"], escapechar="\\")
show(["a\\,b,c"])
show(['"a\\"b",c'], escapechar="\\")
show(['"a\\"b",c'], escapechar="\\", doublequote=False)
show(['a\\"b,c'], escapechar="\\", quoting=csv.QUOTE_NONE)
show(["a\\\\b,c"], escapechar="\\")
show(["a\\nb,c"], escapechar="\\")
show(["abc\\"], escapechar="\\")
show(["abc\\\n", "def"], escapechar="\\")
show(['"abc\\'], escapechar="\\")
show(["a!,b!!c,d"], escapechar="!", quoting=csv.QUOTE_NONE)
show(["a^|b|c"], escapechar="^", delimiter="|")
show(["x"], escapechar="ab")
show(["x"], escapechar=1)
show(["x,y"], escapechar=None)
show(["x,y"], escapechar="")
show(['"a""b"'], escapechar='"')
