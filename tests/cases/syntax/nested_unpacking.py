(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, (c, d)) = 1, (2, (3, 4))
print(a, b, c, d)
[a, b], [c, *d] = "xy", [1, 2, 3]
print(a, b, c, d)
pairs = [(1, ("one", "uno")), (2, ("two", "dos"))]
for n, (en, es) in pairs:
    print(n, en, es)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
data = {"pts": [(0, 0), (3, 4)]}
(x1, y1), (x2, y2) = data["pts"]
print(((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5)
lst = [0, 0]
lst[0], lst[1] = "ab"
print(lst)
class P: pass
p = P()
p.x, p.y = 5, 6
print(p.x, p.y)
a, b = 1, 2
a, b = b, a
print(a, b)
x = [1, 2, 3]
i = 0
i, x[i] = 1, 9
print(i, x)
try:
    (a, b), c = (1, 2, 3), 4
except ValueError as e:
    print(type(e).__name__, e)
