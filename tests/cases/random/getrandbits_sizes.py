# getrandbits for sizes below, at and above the 32-bit word size.
import random

r = random.Random(2024)
for k in [0, 1, 2, 7, 8, 31, 32, 33, 63, 64, 65, 96, 127, 128, 129, 200, 1000]:
    x = r.getrandbits(k)
    print(k, x.bit_length() <= k, x)
for bad in [-1, 2.0, "3"]:
    try:
        r.getrandbits(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
