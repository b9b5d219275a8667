import struct

def attempt(fmt, value):
    try:
        print(fmt, value, struct.pack(fmt, value))
    except struct.error as e:
        print(fmt, value, "error:", e)

for prefix in "@<>=!":
    for code in "bBhHiIlLqQ":
        size = struct.calcsize(prefix + code)
        bits = 8 * size
        for value in (-1, 0, 2 ** (bits - 1) - 1, 2 ** (bits - 1), 2 ** bits, -2 ** (bits - 1) - 1, 2 ** 70):
            attempt(prefix + code, value)
for code in "nNP":
    for value in (-1, 2 ** 63, 2 ** 64, -2 ** 63 - 1):
        attempt(code, value)
