import re

s = "aaaa"
for q in ["*", "+", "?", "{2}", "{2,}", "{,2}", "{1,3}", "{0}", "*?", "+?", "??", "{2,3}?", "{,}", "{1,}?"]:
    m = re.match("a" + q, s)
    print(f"a{q:6} -> {m.group()!r}")
print(re.match(r"<.*>", "<a><b>").group(), re.match(r"<.*?>", "<a><b>").group())
print(re.findall(r"a{2}", "aaaaa"))
print(re.match(r"(ab){2,3}", "abababab").group(), re.match(r"(ab){2,3}?", "abababab").group())
print(re.match(r"x{", "x{").group(), re.match(r"x{1", "x{1").group(), re.match(r"x{a}", "x{a}").group())
print(re.match(r"x{,3}y", "xxy").group(), re.match(r"x{}", "x{}").group())
print(re.match(r"(a*)*b", "aab").groups(), re.match(r"(a*)+b", "aab").groups(), re.match(r"(a|)*b", "aab").groups())
print(re.match(r"(?:a|b)*?c", "abbc").group())
print(re.match(r"a{3,5}", "a" * 10).span(), re.match(r"a{3,5}?", "a" * 10).span())
print(re.match(r"\d{2,4}-\d{2}", "12345-67"))
try:
    re.compile("a{3,2}")
except re.error as e:
    print(e)
