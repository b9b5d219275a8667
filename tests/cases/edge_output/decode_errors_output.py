data = b"caf\xc3\xa9 \xff\xfe bad \xe6\x97"
for errors in ("replace", "ignore", "backslashreplace", "surrogateescape"):
    text = data.decode("utf-8", errors)
    print(errors, repr(text), len(text))
print(data.decode("utf-8", "replace"))
print(data.decode("latin-1"))
try:
    data.decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
    print(e.start, e.end, e.reason, e.object[e.start:e.end])
try:
    "naïve ☕".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("naïve ☕".encode("ascii", "replace"), "naïve ☕".encode("ascii", "xmlcharrefreplace"))
print("naïve ☕".encode("ascii", "backslashreplace"), "naïve".encode("ascii", "ignore"))
print("\ufffd", "\ufffd".encode(), b"\xef\xbf\xbd".decode())
