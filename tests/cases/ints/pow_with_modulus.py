print(pow(2, 10, 1000), pow(3, 200, 13), pow(7, 0, 5), pow(7, 0, 1), pow(0, 0, 7))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7), pow(38, -1, 97))
print(pow(2, 10 ** 18, 10 ** 9 + 7))
print(pow(12345678901234567890, 98765432109876543210, 10 ** 30 + 57))
p = 2 ** 127 - 1
print(pow(5, p - 1, p), pow(3, (p - 1) // 2, p))
print(pow(10, 100, 2 ** 64), pow(2 ** 64, 3, 2 ** 64 - 1))
for args in [(2, 3, 0), (2.0, 3, 5), (2, -1, 4), (2, 3.0, 5)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def modinv(a, m):
    g, x = m, 0
    r, y = a, 1
    while r:
        q = g // r
        g, r = r, g - q * r
        x, y = y, x - q * y
    return x % m
print(modinv(38, 97), pow(38, -1, 97))
print(pow(base=3, exp=4, mod=5))
