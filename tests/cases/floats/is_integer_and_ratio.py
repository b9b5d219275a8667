for v in [1.0, 1.5, -2.0, 0.0, -0.0, 1e300, 1e-300, 2.0 ** 60, 0.1]:
    print(v, v.is_integer(), v.as_integer_ratio())
print((0.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (3.0).as_integer_ratio())
print((0.1).as_integer_ratio())
print((1 / 3).as_integer_ratio())
n, d = (2.675).as_integer_ratio()
print(n, d, n / d == 2.675, d.bit_length())
for bad in [float("inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((5e-324).as_integer_ratio()[1].bit_length())
print(float.fromhex("0x1.8p1").as_integer_ratio())
print((2.5).real, (2.5).imag, (2.5).conjugate(), (-2.5).__abs__())
