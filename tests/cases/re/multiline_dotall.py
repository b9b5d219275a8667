import re

text = "first line\nsecond line\n\nfourth\n"
print(re.findall(r"^\w+", text))
print(re.findall(r"^\w+", text, re.M))
print(re.findall(r"\w+$", text))
print(re.findall(r"\w+$", text, re.M))
print(re.findall(r"^$", text, re.M))
print(re.search(r"line.second", text))
print(re.search(r"line.second", text, re.S))
print(re.findall(r"(?s)<b>(.*?)</b>", "<b>one\ntwo</b> <b>three</b>"))
print(re.findall(r"<b>(.*?)</b>", "<b>one\ntwo</b> <b>three</b>"))
print(re.search(r"\Afirst", text) is not None, re.search(r"\Asecond", text, re.M))
print(re.search(r"line\Z", "a line\n"), re.search(r"line$", "a line\n"))
print(re.split(r"\n", text))
print([m.start() for m in re.finditer(r"(?m)^", text)])
print([m.start() for m in re.finditer(r"$", "a\n")])
