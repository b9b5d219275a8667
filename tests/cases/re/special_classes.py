import re

print(re.findall(r"[]a]", "a]b"))
print(re.findall(r"[^]a]", "a]b"))
print(re.findall(r"[a-]", "a-b"))
print(re.findall(r"[-a]", "a-b"))
print(re.findall(r"[a\-z]", "a-z b"))
print(re.findall(r"[\^x]", "^x y"))
print(re.findall(r"[x^]", "^x y"))
print(re.findall(r"[.*+?]", "a.b*c+d?"))
print(re.findall(r"[\]\\]", "a]b\\c"))
print(re.findall(r"[\b]", "a\bb"))
print(re.findall(r"[\d\s,]+", "1, 2 ,3 x"))
print(re.findall(r"[\x41-\x43]", "ABCD"))
print(re.findall(r"[\101-\103]", "ABCD"))
print(re.findall(r"[\u00e0-\u00e5]", "àáâãäåæ"))
print(re.findall(r"[\n\t]", "a\tb\nc"))
print(re.findall(r"[^\n]+", "a\nbc\n"))
print(re.findall(r"[a-c-e]", "abcde-"))
for p in ["[", "[a", "[]", "[^]", "[z-a]", "[a-\\w]", "[\\w-a]", "[\\x1]", "[\\9]"]:
    try:
        re.compile(p)
    except re.error as e:
        print(f"{p!r}: {e}")
