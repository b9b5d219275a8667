import struct

print(struct.pack("5s", b"ab"))
print(struct.pack("2s", b"abcdef"))
print(struct.pack("s", b""))
print(struct.pack("0s", b"abc"))
print(struct.pack("5p", b"ab"))
print(struct.pack("3p", b"abcdef"))
print(struct.pack("p", b"abc"))
print(struct.pack("4s", bytearray(b"xy")))
print(struct.unpack("5s", b"ab\x00\x00\x00"))
print(struct.unpack("5p", b"\x02ab\x00\x00"))
print(struct.unpack("4p", b"\x09abc"))
long = struct.pack("300p", b"x" * 300)
print(long[0], len(long), struct.unpack("300p", long)[0] == b"x" * 299)
print(struct.pack("<2c3s", b"a", b"b", b"cde"))
print(struct.unpack("<2c3s", b"abcde"))
for fmt, value in [("s", "text"), ("s", 5), ("p", "t"), ("c", b"ab"), ("c", "a"), ("c", bytearray(b"a")), ("c", 65)]:
    try:
        struct.pack(fmt, value)
    except struct.error as e:
        print(fmt, repr(value), "->", e)
