a = 10 ** 500 + 12345
b = 10 ** 400 - 6789
p = a * b
s = str(p)
print(len(s), s[:15], s[-15:])
print(p // a == b, p % a, p % b)
n = int("123456789" * 120)
sq = n * n
print(len(str(sq)), str(sq)[:30], str(sq)[-30:])
print(sq // n == n, (sq - 1) // n == n - 1)
m = (2 ** 4423 - 1)
print(m.bit_length(), len(str(m)), str(m)[:12], str(m)[-12:])
print(pow(3, 5000) % 1000000007, (3 ** 5000) % 1000000007)
c = -(7 ** 777)
print(c * c == 7 ** 1554, (c * -c) < 0, str(c)[:12], len(str(c)))
