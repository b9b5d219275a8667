import binascii

print(binascii.hexlify(b"\x01\xab\xff"))
print(binascii.b2a_hex(b"hello"))
print(binascii.hexlify(b"abcdef", "-"))
print(binascii.hexlify(b"abcdefg", b":", 2))
print(binascii.hexlify(b"abcdefg", ":", -2))
print(binascii.hexlify(b"abcdefg", sep=" ", bytes_per_sep=3))
print(binascii.hexlify(b"abc", ":", 0))
print(binascii.hexlify(b"", ":"))
print(binascii.hexlify(bytearray(b"ab")), binascii.hexlify(memoryview(b"ab")))
print(binascii.unhexlify("616263"), binascii.unhexlify(b"DEADbeef"), binascii.a2b_hex(bytearray(b"00ff")))
for args in [(b"abc", "::"), (b"abc", 1), ("abc",)]:
    try:
        binascii.hexlify(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for s in ["6", "6g", "61 62", "\xe9\xe9", 12]:
    try:
        binascii.unhexlify(s)
    except (binascii.Error, ValueError, TypeError) as e:
        print(repr(s), type(e).__name__, e)
print(bytes.fromhex(binascii.hexlify(b"round").decode()))
