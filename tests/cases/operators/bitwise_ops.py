a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-1 & 0xFF, -256 & 0xFF, -1 | 0, -5 ^ 3)
print(~0, ~-1, ~255, ~(-2 ** 70))
print(-12 & -10, -12 | -10, -12 ^ -10)
big = (1 << 100) - 1
print(big & 0xFFFF, big ^ (1 << 99), (big | 1 << 120) >> 99)
print(-(1 << 100) & 0xFFFFFFFF, -(1 << 100) | 5)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(True & 3, type(True & 3).__name__, ~True)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~READ
print(flags)
flags ^= WRITE
print(flags, format(flags, "03b"))
