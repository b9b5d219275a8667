import re

cases = [
    (r"(a)(b)", "ab"),
    (r"((a)b)", "ab"),
    (r"(a)|(b)", "b"),
    (r"(?P<x>a)(?P<y>b)?", "a"),
    (r"(?P<x>a)(?P<y>b)?", "ab"),
    (r"(a)(?:b|(c))?", "ab"),
    (r"(a|)*", "aab"),
    (r"(?:(a)|b)*", "ab"),
    (r"(?=(a))a", "a"),
    (r"x", "x"),
    (r"(x)?y", "y"),
    (r"(?P<outer>(?P<inner>a))", "a"),
]
for pattern, s in cases:
    m = re.match(pattern, s)
    print(f"{pattern!r:22} {s!r:5} groups={m.groups()} lastindex={m.lastindex} lastgroup={m.lastgroup}")
