"""Write and read back a few thousand rows; check sums and a long field."""
import csv
import io

buf = io.StringIO()
w = csv.writer(buf)
w.writerow(["i", "sq", "text"])
for i in range(5000):
    w.writerow([i, i * i, "row %d, %s" % (i, "x" * (i % 7))])
w.writerow([-1, 0, "y" * 100000])
text = buf.getvalue()
print(len(text), text.count("\r\n"))
buf.seek(0)
r = csv.reader(buf)
header = next(r)
total = 0
longest = 0
rows = 0
for row in r:
    rows += 1
    total += int(row[1])
    longest = max(longest, len(row[2]))
print(header, rows, total, longest, r.line_num)
many = ["c%d" % i for i in range(1000)]
buf = io.StringIO()
csv.writer(buf).writerow(many)
buf.seek(0)
back = next(csv.reader(buf))
print(len(back), back == many, back[-1])
