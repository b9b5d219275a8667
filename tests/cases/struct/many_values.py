import struct

fmt = "<" + "bBhHiIqQ?efd" * 2
values = (-1, 200, -300, 60000, -70000, 4000000000, -2 ** 40, 2 ** 63, True, 0.5, 0.25, -1e100) * 2
packed = struct.pack(fmt, *values)
print(len(packed), struct.calcsize(fmt))
print(packed.hex())
print(struct.unpack(fmt, packed) == values)
print(struct.unpack(">" + fmt[1:], packed)[:6])
print(struct.pack("20x"))
print(struct.pack(">3H2x?", 1, 2, 3, False))
