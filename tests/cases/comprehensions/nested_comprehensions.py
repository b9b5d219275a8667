matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2 == 0])
print([[x * 10 for x in row if x > 2] for row in matrix])
print(sum(x for row in matrix for x in row))
identity = [[1 if r == c else 0 for c in range(4)] for r in range(4)]
for row in identity:
    print(row)
pairs = [(a, b) for a in range(1, 6) for b in range(a, 6) if a * b == 6 or a + b == 6]
print(pairs)
triples = [(a, b, c) for c in range(1, 21) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
print({k: [n for n in range(k)] for k in range(4)})
print([[(r, c) for c in range(2)] for r in range(2)])
words = ["hi", "there", "you"]
print([[ch for ch in w] for w in words])
print([c for w in words for c in w if c in "aeiou"])
