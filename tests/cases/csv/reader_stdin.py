"""Reading CSV from sys.stdin: totals per category."""
import csv
import sys

reader = csv.DictReader(sys.stdin)
totals = {}
count = 0
for row in reader:
    count += 1
    totals[row["category"]] = totals.get(row["category"], 0.0) + float(row["amount"])
print(reader.fieldnames, count, reader.line_num)
for cat in sorted(totals):
    print("%-10s %8.2f" % (cat, totals[cat]))
