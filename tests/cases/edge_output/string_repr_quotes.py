cases = [
    "plain", "it's", 'say "hi"', "both ' and \"", "", " ", "back\\slash", "new\nline", "tab\t", "cr\r",
    "\x00\x01\x1f", "\x7f", "\xa0nbsp", "\u00ad", "\u2028", "\ud800", "\U0001F600", "é", "'", '"', "'\"'",
    "\\n literal", "ends with backslash\\", "\x1b[31mred\x1b[0m", "\u0085", "\ufeff", "\U000e0001",
]
for s in cases:
    print(repr(s), ascii(s), len(s))
print(cases[:6])
print(str(["it's", 'a "b"', "c'd\"e"]))
print({"k'ey": 'v"al'}, ("'",), {"\n"})
bcases = [b"plain", b"it's", b'say "hi"', b"both ' and \"", b"\x00\xff\x7f", b"\n\t\r", b"\\", b"'"]
for b in bcases:
    print(repr(b), len(b))
print(bytearray(b"it's \"q\""), [bytearray(b"\x80")])
print(f"{chr(39)!r} {chr(34)!r} {chr(92)!r}")
