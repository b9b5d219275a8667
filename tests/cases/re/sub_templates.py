import re

date = "2024-05-17 and 1999-12-31"
print(re.sub(r"(\d+)-(\d+)-(\d+)", r"\3/\2/\1", date))
print(re.sub(r"(?P<y>\d+)-(?P<m>\d+)-(?P<d>\d+)", r"\g<d>.\g<m>.\g<y>", date))
print(re.sub(r"(\d+)", r"<\g<1>0>", "a1b22"))
print(re.sub(r"(\d+)", r"<\g<0>>", "a1b22"))
print(re.sub(r"b", r"\n\t|", "abc"))
print(repr(re.sub(r"b", r"\\", "abc")))
print(repr(re.sub(r"b", r"\-\&", "abc")))
print(re.sub(r"(a)|(b)", r"[\1\2]", "abc"))
print(re.sub(r"x", r"\0", "x") == "\0")
print(repr(re.sub(r"x", r"\101\x", "x") if False else re.sub(r"x", r"\101", "x")))
print(re.sub(r"(?P<w>\w+)", r"\g<w>\g<w>", "hi yo"))

for template in [r"\3", r"\g<9>", r"\g<name>", r"\g<1", r"\q", "\\", r"\g<-1>", r"\400"]:
    try:
        re.sub(r"(a)(b)", template, "ab")
    except re.error as e:
        print("re.error:", e, "| msg:", e.msg, "| pos:", e.pos)
    except IndexError as e:
        print("IndexError:", e)
