pairs = [(1, "one"), (2, "two"), (3, "three")]
print([f"{n}:{w}" for n, w in pairs])
print({w: n for n, w in pairs})
print([w for n, w in pairs if n % 2])
triples = [(1, (2, 3)), (4, (5, 6))]
print([a + b + c for a, (b, c) in triples])
print([(first, rest) for first, *rest in ["abc", "d", "ef"]])
print([(init, last) for *init, last in [(1, 2, 3), (4,)]])
grid = [[1, 2], [3, 4]]
print([(r, c, v) for r, row in enumerate(grid) for c, v in enumerate(row)])
print({k: v for k, v in zip("abc", range(3)) if v})
print(sorted({a * b for a, b in [(1, 2), (2, 1), (3, 3)]}))
print(list((k, v) for k, v in {"x": 1}.items()))
edges = [("a", "b"), ("b", "c"), ("a", "c")]
adj = {}
for u, v in edges:
    adj.setdefault(u, []).append(v)
print(adj, [(u, v) for u, vs in adj.items() for v in vs])
print([x for x, in [(1,), (2,)]])
print([[*row, sum(row)] for row in grid])
print([{**d, "n": i} for i, d in enumerate([{"a": 1}, {"b": 2}])])
try:
    print([a for a, b in ["ab", "cde"]])
except ValueError as e:
    print("ValueError:", e)
