import re

print(re.findall(r"\b(\w+) \1\b", "this is is a test test of the the thing"))
print(re.sub(r"\b(\w+)( \1\b)+", r"\1", "so so so many many words"))
print(re.search(r"(['\"]).*?\1", "say 'hi' or \"bye\"").group())
print(re.match(r"(?P<tag><(\w+)>).*</(?P=tag)", "<b>x</<b>"))
print(re.match(r"<(\w+)>.*</\1>", "<b>bold</b>").group(1))
print(re.match(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10", "abcdefghijj") is not None)
print(re.match(r"(a)\1{2,}", "aaaa").group())
print(re.match(r"(?i)(ab)\1", "abAB") is not None)
print(re.match(r"(a)|\1", "x"))
print(re.match(r"(?:(a)|b)\1", "bb"))
for p in [r"\1(a)", r"(a\1)", r"(a)\2", r"(?P=x)", r"(?P<x>a)(?P=y)"]:
    try:
        re.compile(p)
    except re.error as e:
        print(f"{p!r}: {e}")
