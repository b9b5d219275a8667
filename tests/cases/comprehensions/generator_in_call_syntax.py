print(sum(x for x in range(4)))
print(sorted(x % 4 for x in range(10)))
print(list(x for x in "abc"))
print(max(len(s) for s in ["a", "bbb", "cc"]))
print(", ".join(f"{i}:{c}" for i, c in enumerate("xyz")))
print(tuple(x for x in range(3)))
print(sum((x for x in range(4)), 100))
print(dict.fromkeys(c for c in "aab"))

def consume(gen, n):
    return [next(gen) for _ in range(n)]

print(consume((i * i for i in range(100)), 4))
print(min((x for x in [5, 3, 9]), key=lambda v: -v))
print(" ".join(word.capitalize() for word in "hello big world".split()))
