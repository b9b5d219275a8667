"""csv.Error messages from malformed input and bad iterator items."""
import csv
import io


def show(label, make):
    try:
        print(label, list(make()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


show("nul", lambda: csv.reader(["a,\x00b"]))
show("nul quoted", lambda: csv.reader(['"a\x00b"']))
show("newline in unquoted", lambda: csv.reader(["a\nb,c"]))
show("cr in unquoted", lambda: csv.reader(["a\rb,c"]))
show("bytes item", lambda: csv.reader([b"a,b"]))
show("int item", lambda: csv.reader([1]))
show("none item", lambda: csv.reader([None]))
show("eof in quotes", lambda: csv.reader(['"open']))
show("eof in quotes strict", lambda: csv.reader(['"open'], strict=True))
show("eof after escape", lambda: csv.reader(['a\\'], escapechar="\\"))
show("eof after escape in quotes", lambda: csv.reader(['"a\\'], escapechar="\\"))
show("bad quote strict", lambda: csv.reader(['"a"b'], strict=True))


# error partway through: rows before it are delivered, line_num counts the bad line
r = csv.reader(["ok,1", "ok,2", '"bad"x,3', "ok,4"], strict=True)
got = []
try:
    for row in r:
        got.append(row)
except csv.Error as e:
    print("stopped:", e, "line_num", r.line_num, got)
print("resume:", next(r), r.line_num)

# an exception raised by the underlying iterator propagates unchanged
def broken():
    yield "a,b"
    raise KeyError("boom")

r = csv.reader(broken())
print(next(r))
try:
    next(r)
except KeyError as e:
    print("KeyError", e)

# reading from a binary file
with io.BytesIO(b"a,b\n") as bf:
    show("binary file", lambda: csv.reader(bf))
print(issubclass(csv.Error, Exception), csv.Error.__module__, csv.Error.__name__)
