a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x = [1, 2, 3, 4, 5]
x[0], x[-1] = x[-1], x[0]
print(x)
i, j = 1, 3
x[i], x[j] = x[j], x[i]
print(x)
def fib_pairs(n):
    a, b = 0, 1
    out = []
    while n:
        a, b = b, a + b
        out.append(a)
        n -= 1
    return out
print(fib_pairs(10))
def rotate(seq, k):
    k %= len(seq) or 1
    return seq[k:] + seq[:k]
print(rotate([1, 2, 3, 4], 1), rotate([1, 2, 3, 4], -1), rotate([1, 2, 3, 4], 6), rotate([], 3))
m = [[1, 2], [3, 4]]
m[0][1], m[1][0] = m[1][0], m[0][1]
print(m)
t = 1,
u = ()
v = (1)
print(t, u, v, type(t).__name__, type(v).__name__)
