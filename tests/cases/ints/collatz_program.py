def collatz_len(n, cache={1: 1}):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = cache[n]
    for m in reversed(path):
        length += 1
        cache[m] = length
    return length
best = max(range(1, 10000), key=collatz_len)
print("longest under 10000:", best, collatz_len(best))
big = 2 ** 100 + 1
steps = 0
peak = big
n = big
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    peak = max(peak, n)
    steps += 1
print("2**100+1 steps:", steps, "peak digits:", len(str(peak)))
