a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [8]), a.intersection(b, {5}), a.difference(b, {1}), a.symmetric_difference([1, 9]))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > {1}, a == {5, 4, 3, 2, 1})
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9, 10}), a.isdisjoint(b))
s = set()
s.add(3)
s.add(3)
s.update([1, 2], (9,))
print(s, len(s))
s.discard(100)
s.discard(9)
s.remove(1)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print(type(e).__name__, e)
c = {10, 20, 30}
c |= {40}
c &= {10, 20, 40, 50}
c -= {20}
c ^= {10, 99}
print(c)
x = {5, 6}
x.intersection_update({6, 7})
print(x)
x.difference_update({6})
print(x, bool(x))
y = {3, 1, 2}
print(sorted(y), y.pop() in {1, 2, 3}, len(y))
y.clear()
print(y, set(), type({}).__name__)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
print(set([3, 3, 1]), set(range(4)), {x % 3 for x in range(10)})
