def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return abs(a * b) // gcd(a, b)
print(gcd(48, 18), gcd(-48, 18), gcd(0, 5), gcd(0, 0), gcd(2 ** 100, 6 ** 50))
print(lcm(4, 6), lcm(21, 6), lcm(2 ** 64, 3 ** 40))
r = 1
for i in range(1, 41):
    r = lcm(r, i)
print("lcm(1..40) =", r)
def digits(n, base=10):
    if n == 0:
        return [0]
    out = []
    n = abs(n)
    while n:
        n, d = divmod(n, base)
        out.append(d)
    return out[::-1]
print(digits(2 ** 64, 16), digits(0), digits(-255, 2))
def to_base(n, base):
    chars = "0123456789abcdefghijklmnopqrstuvwxyz"
    sign = "-" if n < 0 else ""
    return sign + "".join(chars[d] for d in digits(n, base))
for n, b in [(255, 16), (-255, 16), (10 ** 20, 36), (2 ** 64, 7)]:
    s = to_base(n, b)
    print(n, b, s, int(s, b) == n)
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10 ** 40), isqrt(2 * 10 ** 60), isqrt(2 ** 127 - 1))
