for v in [0, 1, 2, 3, 7, 8, 255, 256, -1, -2, -255, -256, 2 ** 63 - 1, 2 ** 63, -(2 ** 63), 2 ** 64, 10 ** 100]:
    print(v, v.bit_length(), bin(v).count("1"))
print(True.bit_length(), False.bit_length())
print((2 ** 1000).bit_length(), (2 ** 1000 - 1).bit_length())
print((12345).bit_count() if hasattr(int, "bit_count") else "n/a", (-12345).bit_count())
print((2 ** 100 - 1).bit_count(), (0).bit_count())
print((10).as_integer_ratio(), (-7).as_integer_ratio())
print((5).numerator, (5).denominator, (5).real, (5).imag, (-5).conjugate())
print(int.__name__, (7).__index__(), (7).__int__())
