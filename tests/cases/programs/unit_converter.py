UNITS = {
    "length": {"m": 1.0, "km": 1000.0, "cm": 0.01, "mm": 0.001, "mi": 1609.344, "ft": 0.3048, "in": 0.0254},
    "mass": {"kg": 1.0, "g": 0.001, "lb": 0.45359237, "oz": 0.028349523125},
    "time": {"s": 1, "min": 60, "h": 3600, "day": 86400},
}


def find_kind(unit):
    for kind, table in UNITS.items():
        if unit in table:
            return kind
    raise KeyError(f"unknown unit {unit!r}")


def convert_temp(value, src, dst):
    to_c = {"C": lambda v: v, "F": lambda v: (v - 32) * 5 / 9, "K": lambda v: v - 273.15}
    from_c = {"C": lambda v: v, "F": lambda v: v * 9 / 5 + 32, "K": lambda v: v + 273.15}
    return from_c[dst](to_c[src](value))


def convert(value, src, dst):
    if src in "CFK" and dst in "CFK":
        return convert_temp(value, src, dst)
    k1, k2 = find_kind(src), find_kind(dst)
    if k1 != k2:
        raise ValueError(f"cannot convert {k1} ({src}) to {k2} ({dst})")
    return value * UNITS[k1][src] / UNITS[k2][dst]


queries = ["5 km mi", "26.2 mi km", "100 C F", "-40 F C", "0 K C", "12 in cm", "1 lb g",
           "3 day min", "90 min h", "1 kg s", "2 parsec m", "1e3 mm m", "oops m km"]
for q in queries:
    amount, src, dst = q.split()
    try:
        result = convert(float(amount), src, dst)
        print(f"{amount:>6} {src:<4} = {result:>12.4f} {dst:<4} ({result!r})")
    except (KeyError, ValueError) as e:
        print(f"{q:<14} -> {type(e).__name__}: {e}")

print(round(convert(1, "mi", "ft")), round(convert(1, "ft", "in"), 10))
table = [(c, convert(c, "C", "F")) for c in range(-20, 41, 10)]
print(" ".join(f"{c}C={f:g}F" for c, f in table))
