cases = [
    ("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%s %s", "ab"), ("%(k)s", ("not", "dict")), ("%(k)s", {}),
    ("%z", 1), ("%", ()), ("%c", "ab"), ("%c", -1), ("%x", 1.5), ("%.2f", "1.5"), ("%d", None), ("%s", ()),
    ("no specs", 5), ("no specs", ()), ("no specs", {}), ("%(a)s %s", {"a": 1}), ("%*d", ("x", 1)),
]
for fmt, args in cases:
    try:
        print(repr(fmt), repr(args), "->", repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), repr(args), type(e).__name__, e)
