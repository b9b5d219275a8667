import re

for p in ["abc\n(def", "a\nb\nc)", "first\nsecond\n[z-a]", "\n\n*", "(?x)\n  a  # comment\n  )"]:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p))
        print("   ", e)
        print("   ", e.msg, e.pos, e.lineno, e.colno)
try:
    re.compile(b"ab\n(")
except re.error as e:
    print(e, e.lineno, e.colno, e.pattern)
