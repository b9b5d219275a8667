# Arbitrary-precision integers: the spigot algorithm for digits of pi
# (Computer Language Benchmarks Game), plus big factorial/power arithmetic.


def pidigits(n):
    digits = []
    k = 0
    acc, num, den = 0, 1, 1
    while len(digits) < n:
        k += 1
        k2 = 2 * k + 1
        acc += num * 2
        acc *= k2
        den *= k2
        num *= k
        if num > acc:
            continue
        d3 = (num * 3 + acc) // den
        d4 = (num * 4 + acc) // den
        if d3 != d4:
            continue
        digits.append(d3)
        acc -= den * d3
        acc *= 10
        num *= 10
    return digits


def main():
    d = pidigits(5000)
    f = 1
    for i in range(2, 1400):
        f *= i
    p = pow(3, 20000) - pow(7, 5000)
    s = str(f)
    q = p % 1000000007 + (p >> 31000) % 1000
    print("pidigits", "".join(map(str, d[:30])), sum(d), len(s), s[:12], q, p.bit_length())


main()
