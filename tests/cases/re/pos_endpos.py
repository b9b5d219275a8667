import re

p = re.compile(r"\w+")
s = "hello world"
print(p.search(s, 3))
print(p.search(s, 3, 8))
print(p.match(s, 6))
print(p.match(s, 5))
print(p.fullmatch(s, 6))
print(p.fullmatch(s, 0, 5))
print([m.group() for m in p.finditer(s, 2, 9)])
print(p.findall(s, 4))
print(p.search(s, -5), p.search(s, 100), p.search(s, 5, 2), p.match("abc", 2, 1))
print(re.compile("^w").search(s, 6), re.compile("(?m)^w").search(s, 6))
print(re.compile(r"\bw").search(s, 6), re.compile(r"\bo").search(s, 7))
print(re.compile(r"(?<=o)r").search(s, 8), re.compile("d$").search(s, 0, 11), re.compile("o$").search(s, 0, 8))
m = p.search(s, 2, 9)
print(m.pos, m.endpos, m.string, m.span())
print(re.compile("").search("abc", 3), re.compile("x").search("", 0, 5))
