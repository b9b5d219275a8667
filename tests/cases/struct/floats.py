import math
import struct

values = [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 3.141592653589793, 1e10, 1e-10,
          65504.0, 6e-8, 5e-324, 1.7976931348623157e308, math.inf, -math.inf, 2.0 ** -149]
for v in values:
    for fmt in ("<e", ">f", "<d", "!d", "=f"):
        try:
            packed = struct.pack(fmt, v)
            back = struct.unpack(fmt, packed)[0]
            print(fmt, repr(v), packed.hex(), repr(back))
        except OverflowError as e:
            print(fmt, repr(v), "OverflowError:", e)
nan = struct.unpack("<d", struct.pack("<d", math.nan))[0]
print(math.isnan(nan), struct.pack("<d", math.nan).hex(), struct.pack(">f", -math.nan).hex())
print(struct.pack("f", 1e300).hex())
print(struct.pack("<d", 7))
for bad in ("1.0", None):
    try:
        struct.pack("d", bad)
    except struct.error as e:
        print(e)
