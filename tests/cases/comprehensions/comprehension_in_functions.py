def primes_upto(n):
    return [p for p in range(2, n + 1) if all(p % d for d in range(2, int(p ** 0.5) + 1))]

print(primes_upto(50))

def group_by_parity(nums):
    return {parity: [n for n in nums if n % 2 == parity] for parity in (0, 1)}

print(group_by_parity(range(10)))

def char_histogram(text):
    return {ch: text.count(ch) for ch in sorted(set(text)) if ch.isalpha()}

print(char_histogram("hello world"))

def outer(limit):
    def inner(mult):
        return [n * mult for n in range(limit)]
    return [inner(m) for m in range(1, 3)]

print(outer(4))

def uses_closure():
    base = 100
    return [base + n for n in range(3)], {base - n for n in range(3)}

print(uses_closure())

def method_like(self_items):
    return sorted({x for x in self_items}, reverse=True)

print(method_like([3, 1, 3, 2]))
