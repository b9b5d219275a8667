sales = [
    ("north", "widget", 12, 2.50),
    ("south", "gadget", 3, 10.00),
    ("north", "gadget", 7, 10.00),
    ("east", "widget", 20, 2.25),
    ("south", "widget", 5, 2.50),
    ("east", "gizmo", 1, 99.99),
]

totals = {}
for region, product, qty, price in sales:
    totals[region] = totals.get(region, 0) + qty * price

width = max(map(len, totals))
print(f"{'region':<{width}} | {'revenue':>9}")
print("-" * (width + 12))
for region, revenue in sorted(totals.items(), key=lambda kv: kv[1], reverse=True):
    print(f"{region:<{width}} | {revenue:>9.2f}")
print("-" * (width + 12))
print(f"{'total':<{width}} | {sum(totals.values()):>9.2f}")

best = max(sales, key=lambda s: s[2] * s[3])
print("best line:", best[0], best[1], round(best[2] * best[3], 2))
products = sorted({p for _, p, _, _ in sales})
print("products:", ", ".join(products))
qty_by_product = {p: sum(q for _, prod, q, _ in sales if prod == p) for p in products}
print(qty_by_product)
print(any(q > 15 for *_, q, _ in sales), all(price > 1 for *_, price in sales))
for i, (region, product, *_rest) in enumerate(sales[:2], start=1):
    print(i, region.title(), product.upper())
print(divmod(sum(q for _, _, q, _ in sales), 12))
