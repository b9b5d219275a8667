import math


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def fib_pair(n):
    """Return (F(n), F(n+1)) by fast doubling."""
    if n == 0:
        return 0, 1
    a, b = fib_pair(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n % 2 else (c, d)


print(f"{'n':>4} {'n!':>40} {'digits':>6}")
for n in [0, 1, 5, 10, 20, 25, 30, 34]:
    f = factorial(n)
    assert f == math.factorial(n)
    print(f"{n:>4} {f:>40} {len(str(f)):>6}")

print()
for n in [10, 50, 100, 200, 300]:
    fn = fib_pair(n)[0]
    print(f"F({n}) = {fn}")

big = factorial(100)
print("100! digit sum:", sum(int(d) for d in str(big)))
print("trailing zeros of 100!:", len(str(big)) - len(str(big).rstrip("0")))
print("2**521-1 has", len(str(2 ** 521 - 1)), "digits; mod 1e9+7 =", (2 ** 521 - 1) % (10 ** 9 + 7))
print("pow(3, 10**18, 10**9+7) =", pow(3, 10 ** 18, 10 ** 9 + 7))
a, b = fib_pair(1000)[0], fib_pair(1001)[0]
print("gcd(F1000, F1001) =", math.gcd(a, b), "ratio ~", f"{b / a:.15f}")
print("isqrt(10**100) =", math.isqrt(10 ** 100) == 10 ** 50)
x = factorial(50)
print(x // 10 ** 40, x % 10 ** 20, divmod(-x, 10 ** 60)[0])
print(hex(factorial(25)), oct(2 ** 70), bin(factorial(12)))
print((-factorial(30)) >> 50, factorial(30) & 0xFFFF_FFFF, ~factorial(20))
print(int("9" * 60) + 1 == 10 ** 60, str(-10 ** 30))
catalan = [math.comb(2 * n, n) // (n + 1) for n in range(0, 40, 5)]
print(catalan)
