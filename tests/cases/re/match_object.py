import re

m = re.search(r"(?P<key>\w+)=(?P<value>\w*)(;)?", "config: mode=fast; level=")
print(repr(m))
print(m.group(), m.group(0), m.group(1), m.group("value"), m.group(3))
print(m.group(1, 2, "key"))
print(m[0], m[1], m["value"])
print(m.groups())
print(m.groupdict())
print(m.span(), m.span(2), m.span("key"))
print(m.start(3), m.end(3))
print(m.lastindex, m.lastgroup)
print(m.regs)
print(m.re.pattern, m.string)
print(m.pos, m.endpos)
print(m.expand(r"\g<key> is \2 [\g<0>]"))

m2 = re.search(r"(a)(b)?(c)?", "ac")
print(m2.groups(), m2.groups(""), m2.groups(default="-"))
print(m2.span(2), m2.start(2), m2.end(2))
print(m2.group(2) is None)
print(m2.groupdict())

m3 = re.match(r"(?P<x>a)|(?P<y>b)", "b")
print(m3.groupdict(), m3.groupdict("?"), m3.lastgroup, m3.lastindex)

for bad in [5, "nope", -1]:
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError:", e)

print(bool(m), bool(re.match("x", "y")))
