import re

patterns = [
    "*", "a**", "(", "(a", "a)", "\\q", "(?<x", "(?P<a>x)(?P<a>y)", "[a", "[z-a]", "(?<=a*)", "a{2,1}",
    "x{2}{3}", "(?", "(?P", "(?Px", "(?P<>a)", "(?P<1a>x)", "(?P<a", "(?P=a)", "(?P<a>(?P=a))", "\\1",
    "(a)\\2", "(a\\1)", "(?(1)a|b|c)", "(?(0)a)", "(?i", "a(?i)", "(?z)", "(?-)", "(?i-i:a)", "(?L)", "(?au)",
    "(?#", "[\\q]", "[a-\\d]", "[]", "\\x", "\\x1", "\\u12", "\\U00110000", "\\777", "\\N", "\\N{", "\\N{XYZ}",
    "|*", "^*", "\\b*", "(?<=(a)\\1)", "\\", "a\\", "\\8", "(?<a>x)", "\\z", "))))", "[\\A]", "(?'x)",
    "(?<=a|bc)", "a{,", "(?P<a-b>x)", "(?P=", "(?x) ( ?: a )", "(?#a\\)",
]
for p in patterns:
    try:
        re.compile(p)
        print(f"{p!r}: compiled")
    except re.error as e:
        print(f"{p!r}: {e} | msg={e.msg!r} pos={e.pos} line={e.lineno} col={e.colno} pattern={e.pattern!r}")
