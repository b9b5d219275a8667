"""strict=True turns sloppy quoting into csv.Error; strict=False is lenient."""
import csv
import io


def both(text, **kw):
    for strict in (False, True):
        try:
            res = list(csv.reader(io.StringIO(text, newline=""), strict=strict, **kw))
        except csv.Error as e:
            res = "Error: %s" % e
        print(strict, repr(text), res)


both('"a"b,c\n')
both('"a" ,c\n')
both('"abc\n')
both('"abc')
both('a,"b"c\n')
both('a,"b"\n')
both('"a";b\n', delimiter=";")
both('"a"x;b\n', delimiter=";")
both("'a'x,b\n", quotechar="'")
both('"a"\x00\n')
r = csv.reader([], strict=True)
print(r.dialect.strict)
r = csv.reader([])
print(r.dialect.strict)
r = csv.reader([], strict="yes")
print(r.dialect.strict)
