# Integer arithmetic in while and for loops: add, mul, mod, floor-div, shifts,
# bitwise ops and comparisons on small ints (no big-int growth).


def collatz_steps(limit):
    total = 0
    longest = 0
    n = 1
    while n < limit:
        x = n
        steps = 0
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x >>= 1
            steps += 1
        total += steps
        if steps > longest:
            longest = steps
        n += 1
    return total, longest


def gcd_sum(n):
    s = 0
    for a in range(1, n):
        b = (a * 7919) % 1009 + 1
        while b:
            a, b = b, a % b
        s += a
    return s


def digit_mix(n):
    acc = 0
    for i in range(n):
        v = i
        d = 0
        while v:
            d += v % 10
            v //= 10
        acc = (acc * 31 + d ^ (i << 2)) % 1000000007
    return acc


def main():
    total, longest = collatz_steps(80000)
    g = gcd_sum(300000)
    d = digit_mix(300000)
    print("numeric_loops", total, longest, g, d)


main()
