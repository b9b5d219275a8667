"""csv.reader over lists, StringIO and generators: rows, line_num and iteration protocol."""
import csv
import io

rows = list(csv.reader(["a,b,c", "1,2,3", "x,,z"]))
print(rows)

f = io.StringIO("name,age\r\nalice,30\r\nbob,25\r\n")
r = csv.reader(f)
print(type(r).__name__, iter(r) is r)
print(r.line_num)
for row in r:
    print(r.line_num, row)
print("after", r.line_num)
try:
    next(r)
except StopIteration:
    print("StopIteration at end")


def lines():
    yield "one,two"
    yield "three,four\n"
    yield "five"

print(list(csv.reader(lines())))

# a trailing delimiter makes an empty last field
print(list(csv.reader(["a,b,", ",", ",,"])))
# leading/trailing whitespace is kept
print(list(csv.reader([" a , b ", "\ta\t,b"])))
# a single field, an empty line
print(list(csv.reader(["solo", "", "\n", "\r\n"])))
# unicode content
print(list(csv.reader(["héllo,wörld,日本", "ñ,€,😀"])))
# numbers stay strings by default
print(list(csv.reader(["1,2.5,-3,1e5"])))
# lines without terminators and with \r only
try:
    print(list(csv.reader(io.StringIO("a,b\rc,d\re,f"))))
except csv.Error as e:
    print("Error:", e)
print(list(csv.reader(io.StringIO("a,b\rc,d\re,f", newline=""))))
print(list(csv.reader(io.StringIO("a,b\r\nc,d\ne,f\r"))))
