"""doublequote=False when reading: a doubled quote ends the field."""
import csv
import io


def show(text, **kw):
    try:
        print(repr(text), list(csv.reader(io.StringIO(text), **kw)))
    except csv.Error as e:
        print(repr(text), "Error:", e)


show('"a""b",c\n', doublequote=False)
show('"a""b",c\n', doublequote=True)
show('"a\\"b",c\n', doublequote=False, escapechar="\\")
show('"a""b",c\n', doublequote=False, strict=True)
show('"""",x\n', doublequote=False)
show('"",x\n', doublequote=False)
show('"a""b",c\n', doublequote=0)
show('"a""b",c\n', doublequote="")
show('"a""b",c\n', doublequote=[1])
