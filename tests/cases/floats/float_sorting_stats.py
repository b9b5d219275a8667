data = [2.5, -1.0, 3.75, 0.1, 1e-3, -0.0, 0.0, 100.0, 2.5, 1e10, -7.25]
print(sorted(data))
print(sorted(data, reverse=True))
print(sorted(data, key=abs))
print(min(data), max(data), sum(data), len(data))
print(sum(data) / len(data), round(sum(data) / len(data), 3))
n = len(data)
mean = sum(data) / n
var = sum((x - mean) ** 2 for x in data) / n
print(var, var ** 0.5)
print([x for x in data if x > 0], [x for x in data if not x])
print(sorted({round(x) for x in data if abs(x) < 1000}))
print(list(map(lambda x: round(x, 1), [0.05, 0.15, 0.25, 0.35])))
