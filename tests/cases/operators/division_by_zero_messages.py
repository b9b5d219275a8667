cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("1.0 % 0.0", lambda: 1.0 % 0.0),
    ("divmod(1.0, 0.0)", lambda: divmod(1.0, 0.0)),
    ("0 / 0", lambda: 0 / 0),
    ("10**30 / 0", lambda: 10 ** 30 / 0),
    ("10**30 // 0", lambda: 10 ** 30 // 0),
    ("True / False", lambda: True / False),
    ("pow(0, -2)", lambda: pow(0, -2)),
    ("pow(2, -1, 4)", lambda: pow(2, -1, 4)),
    ("pow(2, 3, 0)", lambda: pow(2, 3, 0)),
]
for label, fn in cases:
    try:
        print(label, "=", fn())
    except (ZeroDivisionError, ValueError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
