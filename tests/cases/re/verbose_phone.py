import re

PHONE = re.compile(r"""
    ^\s*
    (?:\+?(?P<country>\d{1,3})[\s.-]?)?   # optional country code
    \(?(?P<area>\d{3})\)?                 # area code, maybe in parentheses
    [\s.-]?
    (?P<exchange>\d{3})                   # exchange
    [\s.-]?
    (?P<line>\d{4})                       # line number
    \s*(?:(?:ext|x)\.?\s*(?P<ext>\d+))?   # extension
    \s*$
""", re.VERBOSE | re.IGNORECASE)

samples = [
    "555-123-4567",
    "(555) 123 4567",
    "+1 555.123.4567",
    "1-555-123-4567 ext. 89",
    "555 123 4567 X12",
    "12345",
    "555-1234-567",
]
for s in samples:
    m = PHONE.match(s)
    if m is None:
        print(f"{s!r}: invalid")
        continue
    parts = {k: v for k, v in m.groupdict().items() if v is not None}
    print(f"{s!r}: {sorted(parts.items())}")

print(re.findall(r"""(?x)
    \d+   # digits
    (?:\.\d+)?  # decimals
""", "pi=3.14 e=2.718 n=42"))
print(re.match(r"(?x) a \ b [ ]c \# d", "a b c# d"))
print(re.match(r"(?x)a#comment\nb", "ab"))
