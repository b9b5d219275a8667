rows = [("apples", 3, 0.5), ("watermelon", 1, 3.25), ("fig", 12, 0.125)]
w_name = max(len(r[0]) for r in rows)
w_qty = max(len(str(r[1])) for r in rows)
for align in "<>^":
    for name, qty, price in rows:
        print(f"[{name:{align}{w_name}}] [{qty:{align}{w_qty + 2}d}] [{price:{align}8.{2 if align == '<' else 3}f}]")
specs = ["", "10", "<10", "^10.3", "+.2e", "08.3f", ",", "x"]
for spec in specs:
    try:
        print(f"{spec!r:>8}: [{1234.5678:{spec}}]")
    except ValueError as e:
        print(f"{spec!r:>8}: {type(e).__name__}: {e}")
fmt = "{:" + "*^" + str(12) + "}"
print(fmt.format("dyn"))
