"""Read a sales CSV, group the rows by region and product, and write a report CSV with
totals, counts and averages (plus a grand total row)."""
import csv
import io
import os
import tempfile
from collections import defaultdict
from itertools import groupby
from operator import itemgetter

RAW = """order_id,region,product,quantity,price
1001,North,Widget,3,2.50
1002,South,Gadget,1,10.00
1003,North,Widget,2,2.50
1004,East,Gizmo,1,99.99
1005,North,Gadget,4,10.00
1006,South,Gadget,2,9.50
1007,East,Widget,10,2.25
1008,North,Widget,,2.50
1009,South,Widget,5,2.50
1010,East,Gizmo,2,95.00
"""

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "sales.csv")
    with open(src, "w", newline="") as f:
        f.write(RAW)

    skipped = []
    groups = defaultdict(lambda: {"orders": 0, "units": 0, "revenue": 0.0})
    with open(src, newline="") as f:
        reader = csv.DictReader(f)
        for row in reader:
            try:
                qty = int(row["quantity"])
                price = float(row["price"])
            except ValueError:
                skipped.append((reader.line_num, row["order_id"]))
                continue
            g = groups[(row["region"], row["product"])]
            g["orders"] += 1
            g["units"] += qty
            g["revenue"] += qty * price

    out = os.path.join(tmp, "report.csv")
    fields = ["region", "product", "orders", "units", "revenue", "avg_price"]
    with open(out, "w", newline="") as f:
        w = csv.DictWriter(f, fields, lineterminator="\n")
        w.writeheader()
        total = {"orders": 0, "units": 0, "revenue": 0.0}
        for (region, product), g in sorted(groups.items()):
            w.writerow({"region": region, "product": product, "orders": g["orders"],
                        "units": g["units"], "revenue": "%.2f" % g["revenue"],
                        "avg_price": "%.3f" % (g["revenue"] / g["units"])})
            for k in total:
                total[k] += g[k]
        w.writerow({"region": "TOTAL", "orders": total["orders"], "units": total["units"],
                    "revenue": "%.2f" % total["revenue"]})
    print("skipped:", skipped)
    with open(out) as f:
        print(f.read(), end="")

    # regional subtotals with itertools.groupby over the written report
    with open(out, newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["region"] != "TOTAL"]
    for region, items in groupby(rows, key=itemgetter("region")):
        items = list(items)
        print("%-6s %2d products %8.2f" % (region, len(items),
                                            sum(float(r["revenue"]) for r in items)))

    # the same report as TSV into memory with QUOTE_NONNUMERIC
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
    w.writerow(["region", "units"])
    for (region, product), g in sorted(groups.items()):
        w.writerow([region + "/" + product, g["units"]])
    print(buf.getvalue(), end="")
    print(sorted(os.listdir(tmp)))
