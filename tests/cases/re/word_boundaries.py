import re

text = "cat catalog concat cat's scatter cat"
print(re.findall(r"\bcat\b", text))
print([m.start() for m in re.finditer(r"\bcat", text)])
print([m.start() for m in re.finditer(r"cat\b", text)])
print([m.start() for m in re.finditer(r"\Bcat\B", text)])
print(re.findall(r"\b\w", "hello-world foo_bar x1"))
print(re.search(r"\b", ""), re.search(r"\B", ""), re.search(r"\B", "a"))
print(re.findall(r"\bé\w*", "école élan café"))
print(re.findall(r"\bé\w*", "école élan café", re.A))
print(re.sub(r"\b", "|", "ab cd"))
print(re.sub(r"\B", "-", "abc de"))
