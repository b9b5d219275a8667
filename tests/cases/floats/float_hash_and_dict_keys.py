print(hash(1.0) == hash(1), hash(0.0) == hash(-0.0), hash(2.5), hash(-1.0), hash(1e100) == hash(10 ** 100))
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
d2 = {0.5: "half", 2.0: "two"}
print(d2[0.5], d2[2], 2 in d2, 0.25 * 2 in d2)
s = {1.0, 1, 2.0, 2, 3.5}
print(sorted(s), len(s))
print(hash(float("inf")), hash(float("-inf")))
counts = {}
for x in [0.1 + 0.2, 0.3, 0.30000000000000004]:
    counts[x] = counts.get(x, 0) + 1
print(counts)
