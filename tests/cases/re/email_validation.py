import re

EMAIL = re.compile(r"""
    ^(?P<local>[A-Za-z0-9._%+-]+)
    @
    (?P<domain>(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})$
""", re.VERBOSE)

for addr in ["alice@example.com", "bob.smith+tag@mail.co.uk", "bad@", "@bad.com", "x@y", "a b@c.de",
             "UPPER@CASE.ORG", "dots..ok@weird.io"]:
    m = EMAIL.match(addr)
    print(f"{addr!r:28}", f"local={m['local']!r} domain={m['domain']!r}" if m else "invalid")

text = "Contact alice@example.com or bob@test.org; not me@localhost."
print(re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", text))
print(re.sub(r"([\w.+-]+)@([\w-]+\.[\w.]+)", r"\1 at \2", text))
