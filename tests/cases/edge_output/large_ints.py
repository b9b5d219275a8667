import sys

big = 2 ** 1000
print(big)
print(len(str(big)), str(big)[:20], str(big)[-20:])
print(-big // 3)
print(3 ** 200, -(7 ** 150))
print([2 ** 64, -2 ** 63, 2 ** 128], {2 ** 100: "key"})
print(f"{2 ** 80:,}", f"{2 ** 80:_x}", f"{-2 ** 70:>40}", f"{10 ** 25:e}")
print(hex(2 ** 200), oct(-(8 ** 30)), bin(2 ** 70 - 1).count("1"))
n = 1
for i in range(1, 301):
    n *= i
print(n)
print(str(n).count("0"), len(str(n)))
limit = sys.get_int_max_str_digits()
print("limit", limit)
huge = 10 ** 5000
try:
    s = str(huge)
except ValueError as e:
    print("ValueError:", e)
try:
    int("9" * 5000)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(huge)), huge.bit_length(), huge % 1000007)
ok = 10 ** 4299
print(len(str(ok)))
print(int("1" + "0" * 100) == 10 ** 100, int("-" + "9" * 50) + 1)
