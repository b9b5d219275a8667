import re

p = re.compile(r"(?P<key>\w+)\s*=\s*(?P<val>[^;]*)(;)?", re.I | re.M)
print(p.pattern)
print(p.groups)
print(p.groupindex)
print(dict(p.groupindex))
print(p.flags == re.I | re.M | re.U)
print(repr(re.compile("a+b")))
print(repr(re.compile("a", re.I)))
print(repr(re.compile("a", re.I | re.S)))
print(repr(re.compile(b"x\\d")))
print(re.compile("x") == re.compile("x"), hash(re.compile("x")) == hash(re.compile("x")))
print(re.compile("x") == re.compile("x", re.I))
print(re.compile("").groups, re.compile("()()").groups, re.compile("(?:x)(?P<n>y)").groupindex)
try:
    p.groupindex["new"] = 1
except TypeError as e:
    print("TypeError")
print(p.search("  size = 10; color=red").groupdict())
print(p.match("  size = 10"))
print(p.fullmatch("size=10;"))
