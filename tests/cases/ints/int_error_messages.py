inputs = [
    ("''", lambda: int("")),
    ("'abc'", lambda: int("abc")),
    ("'1.5'", lambda: int("1.5")),
    ("'1 2'", lambda: int("1 2")),
    ("'_1'", lambda: int("_1")),
    ("'1__0'", lambda: int("1__0")),
    ("'1_'", lambda: int("1_")),
    ("'12', 2", lambda: int("12", 2)),
    ("'0x1g', 16", lambda: int("0x1g", 16)),
    ("'010', 0", lambda: int("010", 0)),
    ("'0b', 0", lambda: int("0b", 0)),
    ("'1', 1", lambda: int("1", 1)),
    ("'1', 37", lambda: int("1", 37)),
    ("'1', -1", lambda: int("1", -1)),
    ("5, 10", lambda: int(5, 10)),
    ("None", lambda: int(None)),
    ("[1]", lambda: int([1])),
    ("inf", lambda: int(float("inf"))),
    ("-inf", lambda: int(float("-inf"))),
    ("nan", lambda: int(float("nan"))),
    ("'  '", lambda: int("  ")),
    ("'+-3'", lambda: int("+-3")),
    ("3+0j", lambda: int(3 + 0j)),
]
for label, fn in inputs:
    try:
        print(label, "->", fn())
    except (ValueError, TypeError, OverflowError) as e:
        print(f"int({label}): {type(e).__name__}: {e}")
