"""Join two CSV files on a key column (an inner and a left join) and write the result."""
import csv
import os
import tempfile

CUSTOMERS = [["cust_id", "name", "country"],
             ["c1", "Acme Corp", "US"], ["c2", "Bölle GmbH", "DE"], ["c3", "Zed, Ltd.", "UK"]]
ORDERS = [["order", "cust_id", "amount"],
          ["o1", "c1", "120.00"], ["o2", "c3", "15.50"], ["o3", "c1", "7.25"],
          ["o4", "c9", "1.00"], ["o5", "c2", "300"]]

with tempfile.TemporaryDirectory() as tmp:
    for name, rows in [("customers.csv", CUSTOMERS), ("orders.csv", ORDERS)]:
        with open(os.path.join(tmp, name), "w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows(rows)

    with open(os.path.join(tmp, "customers.csv"), newline="", encoding="utf-8") as f:
        customers = {r["cust_id"]: r for r in csv.DictReader(f)}
    with open(os.path.join(tmp, "orders.csv"), newline="", encoding="utf-8") as f:
        orders = list(csv.DictReader(f))

    fields = ["order", "cust_id", "name", "country", "amount"]
    for kind in ("inner", "left"):
        path = os.path.join(tmp, kind + ".csv")
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fields, restval="?", extrasaction="ignore")
            w.writeheader()
            for o in orders:
                c = customers.get(o["cust_id"])
                if c is None and kind == "inner":
                    continue
                row = dict(o)
                if c:
                    row.update(c)
                w.writerow(row)
        with open(path, "rb") as f:
            print(kind, f.read().decode("utf-8").replace("\r\n", "|"))

    totals = {}
    for o in orders:
        totals[o["cust_id"]] = totals.get(o["cust_id"], 0) + float(o["amount"])
    for cid in sorted(totals):
        name = customers.get(cid, {}).get("name", "<unknown>")
        print("%-4s %-12s %8.2f" % (cid, name, totals[cid]))
