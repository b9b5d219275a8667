sales = [
    ("North", "Q1", 12500.5), ("North", "Q2", 13980.25), ("North", "Q3", 9800.0), ("North", "Q4", 17001.75),
    ("South", "Q1", 8000.0), ("South", "Q2", 7650.8), ("South", "Q3", 11200.4), ("South", "Q4", 10000.0),
    ("East", "Q1", 22000.0), ("East", "Q2", 0.0), ("East", "Q3", 19999.99), ("East", "Q4", 25500.01),
    ("West", "Q1", 500.0), ("West", "Q2", 750.25), ("West", "Q3", 1200.0), ("West", "Q4", 90.5),
]

regions = []
quarters = []
table = {}
for region, q, amount in sales:
    if region not in regions:
        regions.append(region)
    if q not in quarters:
        quarters.append(q)
    table[region, q] = amount

W = 12
title = "Quarterly Sales Report"
total_width = 8 + W * (len(quarters) + 1)
print(f"{title:^{total_width}}")
print("=" * total_width)
print(f"{'Region':<8}" + "".join(f"{q:>{W}}" for q in quarters) + f"{'Total':>{W}}")
print("-" * total_width)
grand = 0
col_totals = dict.fromkeys(quarters, 0)
for r in regions:
    row_total = 0
    cells = []
    for q in quarters:
        v = table[r, q]
        row_total += v
        col_totals[q] += v
        cells.append(f"{v:>{W},.2f}" if v else f"{'-':>{W}}")
    grand += row_total
    print(f"{r:<8}" + "".join(cells) + f"{row_total:>{W},.2f}")
print("-" * total_width)
print(f"{'Total':<8}" + "".join(f"{col_totals[q]:>{W},.2f}" for q in quarters) + f"{grand:>{W},.2f}")
print()

print("Share of grand total:")
for r in sorted(regions, key=lambda r: -sum(table[r, q] for q in quarters)):
    share = sum(table[r, q] for q in quarters) / grand
    bar = "#" * round(share * 40)
    print(f"  {r:>6} | {bar:<40} | {share:6.1%}")
print()

best = max(table, key=table.get)
worst = min((k for k in table if table[k] > 0), key=table.get)
print(f"Best cell:  {best[0]}/{best[1]} = {table[best]:+,.2f}")
print(f"Worst cell: {worst[0]}/{worst[1]} = {table[worst]:+,.2f}")
growth = [(r, (table[r, 'Q4'] - table[r, 'Q1']) / table[r, 'Q1']) for r in regions]
for r, g in growth:
    print(f"{r:.<20}{g:>+9.2%}")
print(f"{'left':<10}|{'center':^10}|{'right':>10}|")
print(f"{42:*^10}|{-7:=+8}|{3.14159:010.3f}|{255:#x}|{255:08b}|{1e6:e}|{123456789:_}")
