"""Errors from csv.writer construction and writerow."""
import csv
import io


def show(label, fn):
    try:
        print(label, "ok", repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


show("no args", lambda: csv.writer())
show("no write", lambda: csv.writer(5))
show("list target", lambda: csv.writer([]))
show("write attr not callable", lambda: csv.writer(type("T", (), {"write": 5})()).writerow(["a"]))
show("unknown dialect", lambda: csv.writer(io.StringIO(), "nope"))
show("bad kw", lambda: csv.writer(io.StringIO(), delim=";"))
w = csv.writer(io.StringIO())
show("writerow int", lambda: w.writerow(5))
show("writerow none", lambda: w.writerow(None))
show("writerow no args", lambda: w.writerow())
show("writerow two args", lambda: w.writerow([1], [2]))
show("writerows no args", lambda: w.writerows())
show("writerows int", lambda: w.writerows(3))
show("quotechar none minimal", lambda: type(csv.writer(io.StringIO(), quotechar=None)))
show("quotechar none all", lambda: csv.writer(io.StringIO(), quotechar=None, quoting=csv.QUOTE_ALL))
show("quotechar none nonnumeric",
     lambda: csv.writer(io.StringIO(), quotechar=None, quoting=csv.QUOTE_NONNUMERIC))
show("quotechar none none", lambda: csv.writer(io.StringIO(), quotechar=None, quoting=csv.QUOTE_NONE).writerow(["a"]))


class Failing:
    def write(self, s):
        raise OSError("disk full")


show("write fails", lambda: csv.writer(Failing()).writerow(["a"]))
f = io.StringIO()
w = csv.writer(f)
f.close()
show("write to closed", lambda: w.writerow(["a"]))
try:
    type(w)()
except TypeError as e:
    print("TypeError:", e)
