tests = ["1", "1.", ".5", "-.5", "+1.5", "1e3", "1E-3", "1_000.5", "  3.25\n", "0x10" if False else "16",
         "1e400", "-1e400", "1e-400", "4.9e-324", "2.4e-324", "2.5e-324", "0.1e1", "00012.50", "1_2.3_4e1_0",
         "123456789012345678901234567890", "9007199254740993", "inf", "-Infinity", "nan", "١٫٥" if False else "1.5",
         "٣.٥", "\u2003 7.25 \u2003"]
for t in tests:
    print(repr(t), "->", repr(float(t)))
bad = ["", " ", "abc", "1.2.3", "1e", "e5", "1_", "_1", "1__0", "0x10", "1,5", "--1", "in f", "nanx", "1 e5", "."]
for t in bad:
    try:
        float(t)
    except ValueError as e:
        print(type(e).__name__, e)
for obj in [None, [1.0], "1.0j"]:
    try:
        float(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(float(), float(7), float(True), float(b"2.5"), float(-2 ** 60))
