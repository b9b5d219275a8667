import re

s = "ab" * 50000
m = re.match(r"(a|b)*", s)
print(m.span(), m.group(1), m.span(1))
print(re.match(r"(?:(a)|b)*c", s))
print(re.fullmatch(r"(?:ab)+", s) is not None)
print(len(re.findall(r"ab", s)))
print(re.search(r"b{2}", s))
nested = "(" * 100 + "a" + ")" * 100
m = re.match(nested, "a")
print(m.re.groups, m.span(100), m.lastindex)
print(re.match(r"(?:(?:(?:(?:a)*)*)*)*b", "aaab").span())
print(re.match(r"(?:a?){16}a{16}", "a" * 16).span())
