# Generators and generator pipelines: chained generator functions, generator
# expressions, yield from, send(), and consumers (sum, max, any, list).


def count_from(n):
    i = n
    while True:
        yield i
        i += 1


def take(n, it):
    for x in it:
        if n <= 0:
            return
        n -= 1
        yield x


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    for x in it:
        yield x * x


def windows(it, k):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == k:
            yield tuple(buf)
            del buf[0]


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def averager():
    total = 0
    n = 0
    avg = None
    while True:
        v = yield avg
        total += v
        n += 1
        avg = total // n


def main():
    a = sum(squares(evens(take(1600000, count_from(1))))) % 1000000007
    b = 0
    for w in windows(take(800000, count_from(0)), 3):
        b += w[0] - w[1] + w[2]
    c = sum(x * 3 for x in range(1600000) if x % 3 == 1) % 1000000007
    nested = [[i, [i + 1, [i + 2, i + 3]], i + 4] for i in range(160000)]
    d = sum(flatten(nested))
    avg = averager()
    next(avg)
    e = 0
    for i in range(800000):
        e = avg.send(i)
    f = max(x % 1000 for x in range(1200000))
    g = any(x > 1199998 for x in range(1200000))
    print("generators", a, b, c, d, e, f, g)


main()
