import re

print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"x*", "-", ""))
print(re.sub(r"", "-", "abc"))
print(re.sub(r"\b", "|", "one two"))
print(re.sub(r"(?=b)", "^", "abab"))
print(re.sub(r"a*", "<\\g<0>>", "baac"))
print(re.subn(r"x*", "-", "axx"))
print(re.sub(r"(a)|", r"[\1]", "bab"))
print(re.sub(r"$", "!", "line\n"))
print(re.sub(r"(?m)$", "!", "a\nb\n"))
print(re.sub(r"(?m)^", "> ", "a\nb\n"))
