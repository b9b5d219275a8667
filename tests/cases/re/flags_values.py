import re

for name in ["A", "ASCII", "I", "IGNORECASE", "L", "LOCALE", "M", "MULTILINE", "S", "DOTALL", "U", "UNICODE",
             "X", "VERBOSE", "DEBUG", "NOFLAG"]:
    print(name, int(getattr(re, name)))

print(re.I | re.M)
print(int(re.I | re.M | re.S))
print(re.compile("a").flags)
print(re.compile("a", re.I).flags)
print(re.compile("(?im)a").flags)
print(re.compile(b"a").flags)
print(re.compile("a", re.A).flags)
print(re.compile("(?x) a").flags)
print(re.compile("a", re.I | re.M).flags == (re.I | re.M | re.U))
print(re.search("a", "A", re.I) is not None, re.search("a", "A") is not None)
print(re.search("^b", "a\nb", re.M).span())
print(re.search("a.b", "a\nb", re.S).span())
print(re.search("a.b", "a\nb", flags=re.DOTALL).span())
