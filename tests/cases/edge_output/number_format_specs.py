ints = [0, 7, -42, 255, 1234567, -1234567890]
specs = ["d", "5d", "<6d", "^7d", "=+8d", "08d", "+d", " d", ",d", "_d", "x", "#X", "#o", "b", "#010b", "n"]
for spec in specs:
    row = []
    for n in ints:
        try:
            row.append(format(n, spec))
        except (ValueError, OverflowError) as e:
            row.append(f"<{type(e).__name__}>")
    print(f"{spec:>7}: " + " | ".join(row))
print(format(65, "c"), format(0x1F600, "c"), format(233, "^5c"))
for bad in (-1, 0x110000):
    try:
        format(bad, "c")
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
floats = [0.0, 1.5, -2.25, 1234.5678, 1e-7, 6.02e23, float("inf"), float("nan")]
fspecs = ["f", ".0f", ".3f", "e", ".2E", "g", ".3g", "G", "%", ".1%", "10.2f", "<10.1f", "+.1f", ",.2f", "012.3f", "n", ""]
for spec in fspecs:
    print(f"{spec:>7}: " + " | ".join(format(x, spec) for x in floats))
print(format(0.1, ".20f"), format(1e16, "f"), format(2 ** 0.5, ".15g"), format(1 / 3, ".17g"))
print("%5.1f|%-8s|%+d|%x|%o|%e|%g|%c|%%|%r|%a" % (3.14159, "left", 5, 255, 8, 12345.678, 0.00001, 65, "r", "é"))
print("%(a)s-%(b)05.1f" % {"a": "A", "b": 2.25}, "%*d|%-*d|" % (5, 1, 4, 2), "%.3s" % "abcdef")
print("%d" % 1.9, "%i" % -3.99, "%s" % [1], "%r" % (("t",),))
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
