import struct

buf = bytearray(10)
struct.pack_into("<hh", buf, 0, 1, -1)
struct.pack_into(">i", buf, 6, 0x11223344)
print(buf)
struct.pack_into("<h", buf, -4, 0x7777)
print(buf)
print(struct.unpack_from("<hh", buf))
print(struct.unpack_from(">i", buf, 6))
print(struct.unpack_from("<h", buf, -2))
print(struct.unpack_from("<h", b"abcdef", 4))
mv = memoryview(bytearray(4))
struct.pack_into("<I", mv, 0, 0xdeadbeef)
print(bytes(mv))

def show(func, *args):
    try:
        print(repr(func(*args)))
    except (struct.error, TypeError) as e:
        print(type(e).__name__ + ":", e)

show(struct.unpack_from, "i", b"abcd", 2)
show(struct.unpack_from, "i", b"abcd", 5)
show(struct.unpack_from, "i", b"abcd", -8)
show(struct.unpack_from, "i", b"abcd", -5)
show(struct.pack_into, "i", bytearray(3), 0, 1)
show(struct.pack_into, "i", bytearray(8), 6, 1)
show(struct.pack_into, "i", bytearray(8), -9, 1)
show(struct.pack_into, "i", b"12345678", 0, 1)
show(struct.pack_into, "i", bytearray(8))
show(struct.pack_into, "ii", bytearray(8), 0, 1)
