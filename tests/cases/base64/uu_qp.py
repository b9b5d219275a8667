import binascii

line = binascii.b2a_uu(b"hello world")
print(line, binascii.a2b_uu(line))
print(binascii.b2a_uu(b""), binascii.b2a_uu(b"", backtick=True), binascii.b2a_uu(b"\0\0\0", backtick=True))
print(binascii.a2b_uu("#86)C\n"), binascii.a2b_uu("`\n"), binascii.a2b_uu(" "), len(binascii.a2b_uu("")))
for bad in [b"x" * 46]:
    try:
        binascii.b2a_uu(bad)
    except binascii.Error as e:
        print(e)
for bad in ["%:&5L;&\\xx", "%a"]:
    try:
        binascii.a2b_uu(bad)
    except binascii.Error as e:
        print(repr(bad), e)
text = "Caf\u00e9 = coffee; price: 3\u20ac \nTabs\tand trailing space \n".encode("utf-8")
enc = binascii.b2a_qp(text)
print(enc)
print(binascii.a2b_qp(enc) == text)
print(binascii.b2a_qp(b"x" * 100))
print(binascii.b2a_qp(b"a b_c", header=True), binascii.a2b_qp(b"a_b=5Fc", header=True))
print(binascii.b2a_qp(b"a b\tc", quotetabs=True))
print(binascii.b2a_qp(b"line1\r\nline2\r\n", istext=False))
print(binascii.b2a_qp(b"line1\r\nline2 \r\n"))
print(binascii.a2b_qp(b"soft=\nbreak =3d =3D =ZZ ="))
