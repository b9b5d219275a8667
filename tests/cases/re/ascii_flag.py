import re

s = "caf\u00e9 na\u00efve \u0661\u0662\u0663 123 \u00a0x"
print(re.findall(r"\w+", s))
print(re.findall(r"\w+", s, re.A))
print(re.findall(r"(?a)\w+", s))
print(re.findall(r"\d+", s))
print(re.findall(r"\d+", s, re.ASCII))
print(re.findall(r"\s", s))
print(re.findall(r"\s", s, re.A))
print(re.findall(r"\b\w", s))
print(re.findall(r"\b\w", s, re.A))
print(re.findall(r"(?a:\w+) (\w+)", s))
print(re.findall(r"(?u:\w+)", "\u00e9t\u00e9", re.A))
print(re.compile(r"\w", re.A).flags)
