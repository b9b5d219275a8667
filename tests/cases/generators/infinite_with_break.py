def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

for n in naturals():
    if n * n > 50:
        print("first square over 50:", n)
        break

def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

fibs = []
for f in fibonacci():
    if f > 100:
        break
    fibs.append(f)
print(fibs)

def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out

print(take(5, naturals(10)))

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n

print(take(10, primes()))

def cycle(seq):
    while True:
        for s in seq:
            yield s

c = cycle("ab")
print([next(c) for _ in range(5)])

def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1

print(list(collatz(27))[:10], len(list(collatz(27))))
