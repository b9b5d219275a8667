import base64

for raw in [b"", b"a", b"ab", b"abc", b"abcd", b"hello world", b"\x00" * 4, b"\xff" * 7]:
    enc = base64.b85encode(raw)
    print(raw, enc, base64.b85encode(raw, pad=True), base64.b85decode(enc) == raw)
print(base64.b85decode("Xk~0{Zy<MXa%^M"))
print(base64.b85decode(b"VP"), base64.b85decode("V"))
for bad in ["|||||", "VPa!sVPa!s|||||", 'ab"c', "VPa!s\n"]:
    try:
        base64.b85decode(bad)
    except ValueError as e:
        print(repr(bad), e)
