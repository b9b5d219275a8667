"""An export that hits QUOTE_NONE without an escapechar and dies with csv.Error."""
import csv
import sys

rows = [["id", "path"], [1, "/usr/bin"], [2, "C:\\Program Files, x86"]]
w = csv.writer(sys.stdout, quoting=csv.QUOTE_NONE, lineterminator="\n")
for row in rows:
    w.writerow(row)
