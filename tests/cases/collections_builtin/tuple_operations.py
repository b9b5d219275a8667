t = (1, 2, 3, 2)
print(t, len(t), t[0], t[-1], t[1:3], t.count(2), t.index(3))
print((1,), (), tuple(), tuple("ab"), tuple([1, [2]]))
print(type((1)).__name__, type((1,)).__name__)
print(t + (4,), t * 2, 2 in t, 5 not in t)
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(99)
except ValueError as e:
    print(type(e).__name__, e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2))
print(hash((1, 2, 3)) == hash((1, 2, 3)))
holder = ([1],)
holder[0].append(2)
print(holder)
try:
    hash(holder)
except TypeError as e:
    print(type(e).__name__, e)
print(max((3, "c"), (3, "d"), (1, "z")))
print(sorted([(2, 1), (1, 2), (1, 1)]))
x, y = y, x = 1, 2
print(x, y)
print(tuple(range(0)), (1, 2)[::-1], (0,) * 0)
