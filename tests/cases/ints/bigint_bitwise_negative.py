a = -(2 ** 100) + 12345
b = 2 ** 90 - 1
print(a & b, a | b, a ^ b)
print(a & -1 == a, a | 0 == a, a ^ a, ~a == -a - 1)
print((-(2 ** 64)) & (2 ** 64 - 1), (-(2 ** 64)) | 1, (-(2 ** 64)) >> 1, (-(2 ** 64) + 1) >> 63)
print(-(2 ** 200) >> 199, -(2 ** 200) >> 201, (-(2 ** 200) - 1) >> 200)
mask = (1 << 128) - 1
x = -1
print(x & mask == mask, hex(-12345 & mask))
def to_twos(v, bits):
    return v & ((1 << bits) - 1)
def from_twos(v, bits):
    return v - (1 << bits) if v >> (bits - 1) else v
for v in [-1, -128, 127, -(2 ** 63), 2 ** 63 - 1]:
    t = to_twos(v, 64)
    print(v, hex(t), from_twos(t, 64))
print(bin(-5 & 0xF), bin(~5 & 0xF), (0xF0F0 ^ -1) & 0xFFFF)
