import re

text = "alpha=1, beta=22, gamma=333; delta=, eps=5"

print(re.findall(r"\d+", text))
print(re.findall(r"(\w+)=", text))
print(re.findall(r"(\w+)=(\d*)", text))
print(re.findall(r"(\w+)=((\d)\d*)?", text))
print(re.findall(r"", "abc"))
print(re.findall(r"x*", "axxbx"))
print(re.findall(r"\b\w", "hello big world"))
print(re.findall(r"(?i)A", "aAbBa"))
print(re.findall(r"[aeiou]", "onomatopoeia"))
print(re.findall(r"(a)|(b)", "abcab"))

pat = re.compile(r"\d")
print(pat.findall("a1b2c3d4", 2))
print(pat.findall("a1b2c3d4", 2, 6))
print(re.findall(rb"\d+", b"x12y345"))
print(re.findall(rb"(\w)(\d)", b"a1 b2 c"))
