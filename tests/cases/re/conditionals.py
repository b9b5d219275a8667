import re

pattern = re.compile(r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)")
for s in ["<user@host.com>", "user@host.com", "<user@host.com", "user@host.com>"]:
    m = pattern.match(s)
    print(repr(s), m.group(2) if m else None)

q = re.compile(r"(?P<quote>['\"])?\w+(?(quote)(?P=quote))")
for s in ["'abc'", '"abc"', "abc", "'abc", "'abc\""]:
    m = q.fullmatch(s)
    print(repr(s), bool(m))
print(re.findall(r"(a)?(?(1)b|c)", "abcac"))
print(re.match(r"(?(1)a|b)(x)?", "bx").groups())
for p in [r"(?(1)a|b|c)", r"(?(0)a)", r"(?(x)a)", r"(?(1a)b)", r"(a)(?(2)b)"]:
    try:
        re.compile(p)
    except re.error as e:
        print(f"{p!r}: {e}")
