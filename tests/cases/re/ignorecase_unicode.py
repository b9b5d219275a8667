import re

checks = [
    ("k", "K"), ("k", "\u212a"), ("s", "\u017f"), ("S", "\u017f"), ("\u00e9", "\u00c9"), ("\u03c3", "\u03a3"),
    ("\u03c3", "\u03c2"), ("i", "\u0130"), ("i", "\u0131"), ("I", "\u0131"), ("\u00df", "\u1e9e"), ("\u00df", "SS"),
    ("\u00b5", "\u039c"), ("\u01c5", "\u01c4"), ("\u0432", "\u1c80"),
]
for pat, s in checks:
    print(ascii(pat), ascii(s), bool(re.fullmatch(pat, s, re.I)), bool(re.fullmatch(pat, s, re.I | re.A)))

print(re.findall(r"(?i)[a-z]+", "Hello \u212aelvin \u017ftraße"))
print(re.findall(r"(?i)[^a-z]+", "Hello \u212aelvin"))
print(re.findall(r"(?i)[\u00e0-\u00ff]+", "\u00c0\u00c9\u00ee\u00d6x"))
print(bool(re.match(r"(?i)(\w)\1", "aA")), bool(re.match(r"(?i)(s)\1", "s\u017f")),
      bool(re.match(r"(?i)(k)\1", "k\u212a")))
print(re.sub(r"(?i)stra(ss|ß)e", "street", "STRASSE strasse Straße"))
print(re.findall(r"(?i)\u0130", "i\u0130I\u0131"))
print(re.findall(rb"(?i)[a-z\xe9]", b"AZ\xc9\xe9"))
