import struct

print(struct.pack("@bi", 1, 2))
print(struct.pack("@bq", 1, 2))
print(struct.pack("@bhbi", 1, 2, 3, 4))
print(struct.pack("@b0l", 1))
print(struct.pack("=bi", 1, 2))
print(struct.unpack("@bi", b"\x01\x00\x00\x00\x02\x00\x00\x00"))
print(struct.pack("@?d", True, 0.5))
print(struct.pack("@cHc", b"a", 258, b"b"))
print(struct.pack("l", -1) == struct.pack("q", -1))
