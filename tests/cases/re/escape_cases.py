import re

for s in ["hello", "a.b", "1+1=2", "(x)[y]{z}", "a-b_c", "tab\there", "new\nline", "#comment", "~&|^$",
          "path/to\\file", "é ü", "", "100%", "'quote\"", "a b"]:
    print(repr(s), "->", repr(re.escape(s)))

print(re.escape(b"a.b*c"))
print(re.escape(b"\x00\xff "))

words = ["c++", "a.b", "x|y"]
pattern = "|".join(map(re.escape, words))
print(pattern)
print(re.findall(pattern, "use c++ or a.b but not axb, x|y"))
print(re.fullmatch(re.escape("[a]"), "[a]") is not None)
