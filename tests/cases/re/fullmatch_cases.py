import re

IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
for s in ["name", "_x1", "1x", "a-b", "", "ok_"]:
    print(repr(s), IDENT.fullmatch(s) is not None, IDENT.match(s) is not None)
print(re.fullmatch(r"a|ab", "ab").span())
print(re.fullmatch(r"a*?", "aaa").span())
print(re.fullmatch(r"(a+)(a*)", "aaa").groups())
print(re.fullmatch(r"\d+", "123\n"))
print(re.fullmatch(r"\d+$", "123\n"))
print(re.compile(r"x").fullmatch("axb", 1, 2))
print(re.fullmatch(r"(?:ab)+", "ababab"), re.fullmatch(r"(?:ab)+", "ababa"))
