inventory = [
    ("Widget", "A-100", 1250, 3.75, 0.0),
    ("Gadget Pro", "B-220", 48, 129.99, 0.15),
    ("Thingamajig", "C-003", 0, 12.5, 0.0),
    ("Doohickey (large)", "D-999", 1_000_000, 0.0125, 0.05),
]
headers = ("Product", "SKU", "Qty", "Unit", "Disc", "Total")
widths = (18, 6, 10, 9, 6, 14)
def row(cells, aligns):
    return " ".join(f"{c:{a}{w}}" for c, a, w in zip(cells, aligns, widths))
print(row(headers, "<<>>>>"))
print(" ".join("-" * w for w in widths))
grand = 0.0
for name, sku, qty, unit, disc in inventory:
    total = qty * unit * (1 - disc)
    grand += total
    cells = (name if len(name) <= 18 else name[:15] + "...", sku, f"{qty:,}", f"{unit:.2f}", f"{disc:.0%}", f"{total:,.2f}")
    print(row(cells, "<<>>>>"))
print(" ".join("=" * w for w in widths))
print(f"{'GRAND TOTAL':<{sum(widths) - 14 + 4}}{grand:>15,.2f}")
print(f"{'items in stock':.<30}{sum(1 for i in inventory if i[2]):.>6}")
print("%-20s%10.1f%%" % ("avg discount", 100 * sum(i[4] for i in inventory) / len(inventory)))
print("Report: {n} products, {q:,} units, value {v:_.0f}".format(n=len(inventory), q=sum(i[2] for i in inventory), v=grand))
