# csv: write 1 million rows with csv.writer, read them back with csv.reader and csv.DictReader
# over a StringIO (issue 5's csv benchmark, without disk noise).
import csv
import io

buf = io.StringIO()
w = csv.writer(buf)
w.writerow(["id", "name", "city", "amount", "note"])
for i in range(1000000):
    w.writerow([i, "name%d" % (i % 1000), "City, %d" % (i % 50), i * 0.25, 'say "hi"' if i % 7 == 0 else ""])
text = buf.getvalue()
total = 0.0
rows = 0
for row in csv.reader(io.StringIO(text)):
    rows += 1
    if rows > 1:
        total += float(row[3])
cities = set()
for i, d in enumerate(csv.DictReader(io.StringIO(text))):
    if i >= 200000:
        break
    cities.add(d["city"])
print(len(text) // 1000000, "MB", rows, total, len(cities))
