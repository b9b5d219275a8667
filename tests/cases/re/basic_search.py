import re

text = "The quick brown fox jumps over the lazy dog in 2024."

m = re.search(r"(\w+) fox", text)
print(m.group(0), "|", m.group(1))
print(m.span(), m.start(), m.end(), m.span(1), m.start(1), m.end(1))

print(re.match(r"quick", text))
print(re.match(r"The", text))
print(re.fullmatch(r"\d+", "2024"))
print(re.fullmatch(r"\d+", "2024a"))
print(re.search(r"\d+", text).group())
print(re.search(r"cat", text))

for pattern in [r"o\w", r"\bt\w*", r"[aeiou]{2}", r"l.*y", r"l.*?y"]:
    m = re.search(pattern, text)
    print(f"{pattern!r:12} -> {m.group()!r} at {m.span()}")

pat = re.compile(r"(?P<word>[a-z]+)(?P<digits>\d*)")
for s in ["abc123", "xyz", "42abc", ""]:
    m = pat.match(s)
    if m:
        print(s, "->", m.groups(), m.groupdict())
    else:
        print(s, "-> no match")
