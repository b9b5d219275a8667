pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 5), (1, 3)]
for a, b in pairs:
    q, r = divmod(a, b)
    assert q * b + r == a
    print(f"{a:>3} {b:>3} | // {a // b:>3} % {a % b:>3} | divmod {divmod(a, b)}")
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.4999, 2.5001]:
    print(x, round(x), round(x, 1))
for base, exp, mod in [(2, 100, 97), (7, 0, 13), (10, 3, 1), (-3, 3, 5)]:
    print(base, exp, mod, pow(base, exp, mod), base ** exp % mod)
print(pow(0, 0), 0 ** 0, pow(0.0, 0), (-8) ** (1 / 3) == (-8) ** (1 / 3))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
