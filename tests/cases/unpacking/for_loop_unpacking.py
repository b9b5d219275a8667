pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, word in pairs:
    print(num, word)

for idx, (num, word) in enumerate(pairs, start=1):
    print(idx, num, word)

for first, *rest in ["abc", "de", "f"]:
    print(first, rest)

for *init, last in [(1, 2, 3), (4,)]:
    print(init, last)

for a, b in zip("xyz", range(3)):
    print(a, b, end="; ")
print()

for k, v in sorted({"b": 2, "a": 1}.items()):
    print(k, v)

matrix = [[1, 2, 3], [4, 5, 6]]
for row_index, (a, b, c) in enumerate(matrix):
    print(row_index, a + b + c)

for (a, b), (c, d) in zip([(1, 2), (3, 4)], [(5, 6), (7, 8)]):
    print(a * c + b * d)

try:
    for a, b in [(1, 2), (3, 4, 5)]:
        print("got", a, b)
except ValueError as e:
    print("ValueError:", e)

try:
    for a, b in [(1, 2), 3]:
        print("got", a, b)
except TypeError as e:
    print("TypeError:", e)

total = 0
for x, y in ((i, i * i) for i in range(5)):
    total += y - x
print(total)

print([a * b for a, b in [(1, 2), (3, 4)]], {k: v for v, k in enumerate("ab")})
print(sum(x for x, _ in [(1, "a"), (2, "b")]), [h for h, *_ in ["hi", "yo"]])

names = ["a", "b"]
scores = [[90, 80], [70, 60]]
for name, (s1, s2) in zip(names, scores):
    print(f"{name}: {s1}+{s2}={s1 + s2}")
