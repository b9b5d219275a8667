sources = [
    "*a = [1, 2]",
    "a, *b, *c = range(5)",
    "*a, = [1, 2]",
    "print(*)",
    "x = *[1]",
    "x = *[1],",
    "del *a, b",
    "(a, b) += (1, 2)",
    "a, b += 1, 2",
    "[*a] = 'xy'",
    "f(**x, *y)",
    "f(a=1, b)",
    "f(**k, a)",
    "{**d for d in x}",
    "[*x for x in y]",
    "a, *b = *c, = 1, 2",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print(f"{src!r:<28} compiles")
    except SyntaxError as e:
        print(f"{src!r:<28} SyntaxError: {e.msg}")
