import struct

data = b"\x01\x00\x00\x00\x02\x00\x00\x00"
print(struct.unpack("<2i", data))
print(struct.unpack("<2i", bytearray(data)))
print(struct.unpack("<2i", memoryview(data)))
print(struct.unpack_from("<i", memoryview(data), 4))
print(struct.unpack(b"<2i", data))
print(struct.calcsize(b"<2i"))
print(struct.pack(b"<h", 5))
