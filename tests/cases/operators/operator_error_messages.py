ops = [
    ("[] - []", lambda: [] - []),
    ("{} + {}", lambda: {} + {}),
    ("'a' / 2", lambda: "a" / 2),
    ("2 // 'a'", lambda: 2 // "a"),
    ("None % 2", lambda: None % 2),
    ("'%d' % 'x'", lambda: "%d" % "x"),
    ("(1,) * (2,)", lambda: (1,) * (2,)),
    ("1.5 << 2", lambda: 1.5 << 2),
    ("2 ** 'x'", lambda: 2 ** "x"),
    ("b'a' + 'a'", lambda: b"a" + "a"),
    ("{1} + {2}", lambda: {1} + {2}),
    ("[1] @ [2]", lambda: [1] @ [2]),
    ("'a' < None", lambda: "a" < None),
    ("3 > []", lambda: 3 > []),
    ("1j < 2j", lambda: 1j < 2j),
    ("abs('x')", lambda: abs("x")),
]
for label, fn in ops:
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(f"{label:12} TypeError: {e}")
