print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((255).to_bytes(1, "big"), (0).to_bytes(3, "big"), (0).to_bytes(0, "big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((2 ** 64 - 1).to_bytes(8, "big"), (2 ** 63).to_bytes(9, "big", signed=True))
print((1).to_bytes(), (65).to_bytes(length=1, byteorder="little"))
for args in [(256, 1, "big", False), (-1, 1, "big", False), (128, 1, "big", True), (1, 2, "middle", False)]:
    n, length, order, signed = args
    try:
        print(n.to_bytes(length, order, signed=signed))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes(b"\x80", "big", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01\x00"), "little"))
print(int.from_bytes(b"\x01" * 20, "big"))
print(int.from_bytes(b"\x80" + b"\x00" * 15, "big", signed=True))
n = 123456789012345678901234567890
b = n.to_bytes((n.bit_length() + 7) // 8, "big")
print(b.hex(), int.from_bytes(b, "big") == n)
for v in [-(2 ** 63), 2 ** 63 - 1, -1, 0, 1]:
    raw = v.to_bytes(8, "little", signed=True)
    print(v, raw.hex(), int.from_bytes(raw, "little", signed=True))
print(bool.from_bytes(b"\x00", "big"), bool.from_bytes(b"\x02", "big"))
