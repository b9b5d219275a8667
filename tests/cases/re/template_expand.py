import re

m = re.match(r"(?P<first>\w+) (?P<last>\w+)(?: (\w+))?", "Ada Lovelace")
for t in [r"\g<last>, \g<first>", r"\2 \1", r"[\3]", r"\g<0>!", r"\\n is not \n", r"\x", r"\g<3>\g<1>"]:
    try:
        print(repr(m.expand(t)))
    except re.error as e:
        print("re.error:", e)
mb = re.match(rb"(\w+)=(\w+)", b"key=value")
print(mb.expand(rb"\2=\1"))
print(mb.expand(b"\\g<0>"))
