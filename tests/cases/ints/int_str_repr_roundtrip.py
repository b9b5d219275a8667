import sys
for v in [0, 7, -7, 10 ** 18, 10 ** 19, -(10 ** 19), 2 ** 200]:
    s = str(v)
    print(s, repr(v), int(s) == v, len(s))
print(str(10 ** 100).count("0"), str(-(10 ** 100))[:3])
big = int("1" * 1000)
print(len(str(big)), str(big * 9)[:5], str(big * 9 + 1)[:3], len(str(big * 9 + 1)))
try:
    int("1" * 5000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    str(10 ** 5000)
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(10 ** 5000)))
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(6000)
print(len(str(10 ** 5000)))
