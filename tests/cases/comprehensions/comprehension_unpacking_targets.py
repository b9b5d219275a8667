pairs = [(1, "one"), (2, "two"), (3, "three")]
print([name for _, name in pairs])
print({num: name for num, name in pairs})
records = [("x", (1, 2)), ("y", (3, 4))]
print([(k, a + b) for k, (a, b) in records])
print([first for first, *rest in [[1, 2, 3], [4], [5, 6]]])
print([rest for first, *rest in [[1, 2, 3], [4], [5, 6]]])
print([i * v for i, v in enumerate([10, 20, 30])])
print({k: v for k, v in dict(a=1, b=2).items()})
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([(x, y) for x, y in zip("ab", range(5))])
print([str(k) + "=" + str(v) for k, v in sorted({"z": 1, "a": 2}.items())])
