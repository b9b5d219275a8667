"""line_num counts physical lines read from the iterator, not records."""
import csv
import io

text = 'a,b\r\n"multi\r\nline",c\r\n\r\nlast,"x\ny\nz"\r\n'
r = csv.reader(io.StringIO(text, newline=""))
print(r.line_num)
for row in r:
    print(r.line_num, row)
print(r.line_num)

r = csv.reader(["x", "y", "z"])
next(r)
next(r)
print(r.line_num)
try:
    r.line_num = 5
except AttributeError as e:
    print("AttributeError:", e)
