for v in [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 3.14, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 255.0, 1 / 3]:
    h = v.hex()
    print(repr(v), h, float.fromhex(h) == v)
print(float("inf").hex(), float("-inf").hex(), float("nan").hex())
for s in ["0x1p0", "0x1.8p1", "-0x1p-2", "0X1.FFFFFFFFFFFFFP+1023", "0x.8", "0x10", "1p4", "  0x1p-1074  ", "inf", "-nan", "0x1.0000000000000p-1022"]:
    print(s, repr(float.fromhex(s)))
for bad in ["0x1p", "0xg", "", "0x1p99999"]:
    try:
        print(float.fromhex(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
