# multiplication table and number bases table
n = 9
width = len(str(n * n)) + 1
print(" " * 3 + "".join(f"{j:>{width}}" for j in range(1, n + 1)))
print(" " * 3 + "-" * (width * n))
for i in range(1, n + 1):
    print(f"{i:>2}|" + "".join(f"{i * j:>{width}}" for j in range(1, n + 1)))
print()
print(f"{'dec':>5} {'hex':>6} {'oct':>6} {'bin':>10} {'chr':>4}")
for v in [0, 9, 10, 42, 65, 126, 127, 255]:
    ch = chr(v) if chr(v).isprintable() else "."
    print(f"{v:>5d} {v:#6x} {v:#6o} {v:#010b} {ch:>4}")
print()
for pct in [0, 12.5, 50, 99.9, 100]:
    filled = int(pct / 5)
    print(f"{pct:5.1f}% [{'#' * filled:<20}]")
