for n in [0, 5, 65, 255, -255, 2 ** 40, True]:
    print(f"{n!r:>14}: b={n:b} d={n:d} o={n:o} x={n:x} X={n:X} n={n:n} none={n}")
print(f"{65:c}{97:c}{0x1F600:c}{233:c}", f"[{32:c}]", f"{10:c}" == "\n")
print(f"{42:e}", f"{42:E}", f"{42:f}", f"{42:F}", f"{42:g}", f"{42:G}", f"{42:%}", f"{42:.2f}")
print(f"{10**20:e}", f"{10**20:g}", f"{-7:.3e}")
for bad in ["s", ".2d", ".2x", "+c", "z"]:
    try:
        print(format(65, bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
try:
    format(-1, "c")
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    format(0x110000, "c")
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
