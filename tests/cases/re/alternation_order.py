import re

print(re.match(r"a|ab|abc", "abc").group())
print(re.match(r"abc|ab|a", "abc").group())
print(re.fullmatch(r"a|ab|abc", "abc").group())
print(re.findall(r"cat|category|dog", "category dog cat"))
print(re.findall(r"category|cat|dog", "category dog cat"))
print(re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
print(re.match(r"|a", "a").span(), re.match(r"a|", "b").span())
print(re.findall(r"\d+|[a-z]+|\s", "ab 12 cd3"))
print(re.sub(r"red|green|blue", lambda m: m.group().upper(), "red, green and blue"))
