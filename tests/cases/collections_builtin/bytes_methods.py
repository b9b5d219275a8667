b = b"Hello, World"
print(b, len(b), b[0], b[-1], b[:5], b[::-1])
print(b.upper(), b.lower(), b.swapcase(), b.title())
print(b.split(b", "), b.replace(b"l", b"L"), b.find(b"o"), b.rfind(b"o"), b.find(b"z"))
print(b.startswith(b"He"), b.endswith(b"ld"), b.count(b"l"), b.index(b"W"))
print(b.decode(), b"caf\xc3\xa9".decode("utf-8"), "café".encode())
print(bytes(3), bytes([65, 66, 67]), bytes(range(48, 53)), bytes("hi", "ascii"))
print(b"  pad  ".strip(), b"xxabcxx".strip(b"x"), b"a,b,,c".split(b","))
print(b"-".join([b"a", b"b", b"c"]), b"ab" * 3, b"ab" + b"cd")
print(b.hex(), bytes.fromhex("48 65 6c"), b"\x00\xff".hex())
print(list(b"abc"), 98 in b"abc", b"bc" in b"abc")
print(b"abc" < b"abd", b"abc" == b"abc", b"a" == "a")
print(b"123".isdigit(), b"abc".isalpha(), b"   ".isspace())
print(repr(b"\n\t\\'\""), repr(b"it's"), b"\x7f\x80")
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc" + "def"
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"%s=%d" % (b"x", 5), b"abc".center(7, b"*"), b"7".zfill(3))
