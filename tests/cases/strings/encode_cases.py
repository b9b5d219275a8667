s = "héllo wörld €"
print(s.encode(), s.encode("utf-8"), len(s), len(s.encode()))
print(s.encode("latin-1", errors="replace"), s.encode("ascii", "ignore"), s.encode("ascii", "replace"))
print(s.encode("ascii", "xmlcharrefreplace"), s.encode("ascii", "backslashreplace"))
print("😀".encode(), "😀".encode("utf-16-le"), "A".encode("utf-16"), "A€".encode("utf-32-be"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    "abc".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
b = "naïve".encode()
print(b, b.decode(), b.decode("latin-1"), list(b))
try:
    b"\xff\xfe\xfa".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("utf-8", "backslashreplace"))
print("\ud800".encode("utf-8", "surrogatepass"), "x".encode("UTF8"), "x".encode("Latin1"))
