import re

print(re.match(r"(?>a+)b", "aaab"))
print(re.match(r"(?>a+)a", "aaa"))
print(re.match(r"a++a", "aaa"))
print(re.match(r"a*+b", "aaab").span())
print(re.match(r"a?+a", "a"))
print(re.match(r"a{1,3}+a", "aaaa").span())
print(re.match(r"(?>ab|a)c", "ac"))
print(re.match(r"(?:ab|a)c", "ac").span())
print(re.findall(r'"(?:[^"\\]++|\\.)*+"', r'say "hi \"you\"" and "x"'))
m = re.match(r"(?:(a)x|ay)++", "axay")
print(m.span(), m.groups())
m = re.match(r"(?:(a)x|ay)*", "axay")
print(m.span(), m.groups())
print(re.match(r"(\w)*+", "abc").groups())
for p in [r"a**", r"a+++", r"a{2}*", r"a??+"]:
    try:
        re.compile(p)
    except re.error as e:
        print(f"{p!r}: {e}")
