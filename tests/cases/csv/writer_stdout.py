"""Writing CSV straight to sys.stdout, the way command-line filters do."""
import csv
import sys

w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(["id", "name", "note"])
w.writerow([1, "Ann", "likes, commas"])
w.writerow([2, "Bob", 'says "hi"'])
sys.stdout.flush()
w = csv.writer(sys.stdout)
n = w.writerow(["excel", "ends", "with crlf"])
print()
print("wrote", n)
dw = csv.DictWriter(sys.stdout, ["k", "v"], delimiter="\t", lineterminator="\n")
dw.writeheader()
dw.writerows([{"k": "a", "v": 1}, {"k": "b\tc", "v": None}])
print(csv.writer(sys.stderr, lineterminator="\n").writerow(["to", "stderr"]))
