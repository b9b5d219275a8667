(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, (c, d)) = 1, (2, (3, 4))
print(a, b, c, d)
[a, [b, c]], d = [[1, [2, 3]], 4]
print(a, b, c, d)
(a, *b), (c, *d) = "abc", [1]
print(a, b, c, d)
((x1, y1), (x2, y2)) = [(0, 1), (2, 3)]
print(x1, y1, x2, y2)
points = [((0, 0), "origin"), ((1, 2), "p1"), ((-1, 5), "p2")]
for (x, y), name in points:
    print(f"{name}: x={x} y={y}")
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
data = {"users": [("ann", (30, "NYC")), ("bob", (25, "LA"))]}
for name, (age, city) in data["users"]:
    print(name, age, city)
(a, b), *rest = [(1, 2), (3, 4), (5, 6)]
print(a, b, rest)
key, (first, *others) = "k", range(4)
print(key, first, others)
a = b = c = (1, 2)
(a1, a2) = b
print(a1, a2, a is c)
x, y = y, x = 1, 2
print(x, y)
i, j = lst = [5, 6]
print(i, j, lst)
