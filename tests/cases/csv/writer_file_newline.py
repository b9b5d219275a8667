"""Writing to real files with and without newline='' (the classic doubled \r)."""
import csv
import os
import tempfile

rows = [["id", "note"], [1, "multi\nline"], [2, "plain"]]
with tempfile.TemporaryDirectory() as tmp:
    for label, kw in [("newline=''", {"newline": ""}), ("default", {}),
                      ("newline='\\r\\n'", {"newline": "\r\n"})]:
        path = os.path.join(tmp, "out.csv")
        with open(path, "w", **kw) as f:
            csv.writer(f).writerows(rows)
        with open(path, "rb") as f:
            print(label, f.read())
        with open(path, newline="") as f:
            print("  read back:", list(csv.reader(f)))
    path = os.path.join(tmp, "unix.csv")
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerows(rows)
    with open(path, "rb") as f:
        print("lineterminator='\\n'", f.read())
    with open(path, "a", newline="") as f:
        csv.writer(f, lineterminator="\n").writerow([3, "appended"])
    with open(path, newline="") as f:
        print(list(csv.reader(f)))
    print(sorted(os.listdir(tmp)))
