"""DictWriter.writerows from a generator, writing to a file, and reading back."""
import csv
import os
import tempfile


def records(n):
    for i in range(1, n + 1):
        yield {"id": i, "square": i * i, "even": i % 2 == 0, "label": "item %d" % i}


with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "records.csv")
    with open(path, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["id", "label", "square", "even"])
        w.writeheader()
        print(w.writerows(records(5)))
        print(w.writerows(r for r in records(8) if r["id"] > 6))
    with open(path, newline="") as f:
        print(repr(f.read()))
    with open(path, newline="") as f:
        reader = csv.DictReader(f)
        total = 0
        for row in reader:
            total += int(row["square"])
            print(reader.line_num, row["label"], row["even"])
        print("total", total)
