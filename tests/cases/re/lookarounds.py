import re

print(re.findall(r"\w+(?=!)", "wow! ok yes!"))
print(re.findall(r"\b\w+\b(?!!)", "wow! ok yes!"))
print(re.findall(r"(?<=\$)\d+", "cost: $42, $7 or 9"))
print(re.findall(r"(?<!\$)\b\d+", "cost: $42, $7 or 9"))
print(re.sub(r"(?<=\d)(?=(\d{3})+\b)", ",", "1234567 and 1000 and 12"))
print(re.match(r"(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}", "Passw0rdX") is not None)
print(re.match(r"(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}", "password1") is not None)
m = re.search(r"(?<=(a))(b)", "xab")
print(m.groups(), m.span(), m.lastindex)
m = re.search(r"(?=(\w+))\w", "hello")
print(m.group(0), m.group(1))
print(re.search(r"(?<=ab)c", "abc", 2))
print(re.findall(r"(?<=a|b)c", "ac bc cc"))
for p in [r"(?<=a+)b", r"(?<=a|bc)d", r"(?<!x*)y"]:
    try:
        re.compile(p)
    except re.error as e:
        print(p, "->", e, e.pos)
