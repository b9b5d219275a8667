import struct

records = struct.pack("<" + "hc" * 3, 1, b"a", 2, b"b", 3, b"c")
it = struct.iter_unpack("<hc", records)
print(type(it).__name__ != "list")
for rec in it:
    print(rec)
print(list(struct.iter_unpack(">I", bytes(range(8)))))
print(list(struct.iter_unpack("B", b"")))
for fmt, data in [("i", b"abc"), ("", b"abc"), ("x", b"ab")]:
    try:
        print(list(struct.iter_unpack(fmt, data)))
    except struct.error as e:
        print(fmt, "->", e)
