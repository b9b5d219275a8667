import struct

for bits in [0x0000, 0x0001, 0x03ff, 0x0400, 0x3c00, 0x3c01, 0x3555, 0x7bff, 0x7c00, 0xfc00, 0x8000, 0xc000]:
    raw = bits.to_bytes(2, "little")
    (v,) = struct.unpack("<e", raw)
    print(hex(bits), repr(v), struct.pack("<e", v) == raw)
for v in [1.0009765625, 1.00048828125, 1.00146484375, 65519.99, 2.0 ** -25, 2.0 ** -24 * 1.5, 0.1, -2.5]:
    print(repr(v), struct.pack(">e", v).hex())
for v in [65520.0, 1e6, -70000.0]:
    try:
        struct.pack("e", v)
    except OverflowError as e:
        print(repr(v), e)
