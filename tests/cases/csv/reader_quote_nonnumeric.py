"""QUOTE_NONNUMERIC reading: unquoted fields become floats, quoted ones stay strings."""
import csv
import io


def show(lines, **kw):
    try:
        print(list(csv.reader(lines, quoting=csv.QUOTE_NONNUMERIC, **kw)))
    except (csv.Error, ValueError) as e:
        print(type(e).__name__ + ":", e)


show(['1,2.5,-3,"x"'])
show(['"1",2'])
show(['1e3,inf,-inf,nan'])
show([' 4 ,5'])
show(['1_000,2'])
show(['abc,1'])
show(['1,,2'])
show([',', ''])
show(['"",1'])
show(['0x10'])
show(['١٢٣'])
show(['1;2;"3"'], delimiter=";")
show(["Infinity,+1.5,.5,5.,-0,1E-3, 7"])
show(["it's"])
show(["a\tb"])
show(['"q"x'])
show([" "])
show(["1e"])
show(["1,2", "3,x", "4,5"])

# round trip: write numbers with QUOTE_NONNUMERIC and read them back
buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_NONNUMERIC)
w.writerow(["label", 1, 2.5, -7, True, 10 ** 20, 1e-7])
w.writerow(["x", 0, 0.1 + 0.2, None, False, float("inf"), ""])
print(repr(buf.getvalue()))
buf.seek(0)
r = csv.reader(buf, quoting=csv.QUOTE_NONNUMERIC)
try:
    for row in r:
        print(row)
except ValueError as e:
    print("ValueError:", e, "at line", r.line_num)
buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_NONNUMERIC)
w.writerows([["a", 1, 2.5], ["b", -3, 1e100], ["c", 10 ** 20, float("nan")]])
buf.seek(0)
for row in csv.reader(buf, quoting=csv.QUOTE_NONNUMERIC):
    print(row, [type(v).__name__ for v in row])
