for v in [0, 1, 5, 10, 255, -1, -255, 2 ** 64, -(2 ** 64) + 1, 10 ** 30]:
    print(v, bin(v), oct(v), hex(v))
print(bin(True), hex(False), oct(8))
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "X"))
print(format(255, "#b"), format(255, "#o"), format(255, "#x"), format(255, "#X"))
print(format(-255, "#x"), format(-255, "08x"), format(255, "#010b"), format(-5, "#06b"))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin("5")
except TypeError as e:
    print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), hex(Idx()), oct(Idx()))
print(int(hex(2 ** 70), 16) == 2 ** 70, int(bin(-99), 0), int(oct(-8), 8))
