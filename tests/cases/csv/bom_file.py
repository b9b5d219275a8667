"""A CSV saved by a spreadsheet with a UTF-8 byte order mark: utf-8 vs utf-8-sig."""
import csv
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "export.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Name", "Città", "Amount"])
        w.writerow(["Zoë", "Köln", "1.234,5"])
    with open(path, "rb") as f:
        print(f.read())
    with open(path, encoding="utf-8", newline="") as f:
        r = csv.DictReader(f)
        print(r.fieldnames)
        print(list(r))
    with open(path, encoding="utf-8-sig", newline="") as f:
        r = csv.DictReader(f)
        print(r.fieldnames)
        print(list(r))
    with open(path, encoding="latin-1", newline="") as f:
        print(next(csv.reader(f)))
