values = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
          "é", "€uro", "😀", "\x00\x07\x7f", "\u200b", 42, -3.5, 1e100, None, True, [1, "a"], (1,), {"k": "v"}]
for v in values:
    print(repr(v), ascii(v))
print(repr(1.0), repr(0.1), repr(1 / 3), repr(2.0 ** 60), repr(1e-5), repr(-0.0), repr(float("inf")), repr(float("nan")))
print(repr(10 ** 20), repr(12345678901234567890.0), repr(100.0), repr(1e22), repr(123456789.123))
print(str("x"), repr(repr("x")))
print(f"{'quote'!r} {'é'!a} {3!s}")
print(repr(b"\x00abc\xff"), ascii(b"x"), repr(bytearray(b"q")))
print(repr(range(3)), repr(range(1, 10, 2)), repr(slice(1, 2)), repr(Ellipsis), repr(NotImplemented))
print(repr(int), repr(len), repr(ValueError), repr(type(None)))
