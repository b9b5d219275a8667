"""The classic mistakes: opening the CSV file in binary mode for reading or writing."""
import csv
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.csv")
    with open(path, "wb") as f:
        try:
            csv.writer(f).writerow(["a", "b"])
        except TypeError as e:
            print("TypeError:", e)
    with open(path, "w", newline="") as f:
        csv.writer(f).writerows([["a", "b"], ["1", "2"]])
    with open(path, "rb") as f:
        try:
            for row in csv.reader(f):
                print(row)
        except csv.Error as e:
            print("csv.Error:", e)
    with open(path, "rb") as f:
        try:
            print(list(csv.DictReader(f)))
        except csv.Error as e:
            print("csv.Error:", e)
    # the fix: decode the lines first
    with open(path, "rb") as f:
        lines = (line.decode("ascii") for line in f)
        print(list(csv.reader(lines)))
    with open(path, newline="") as f:
        print(list(csv.reader(f)))
