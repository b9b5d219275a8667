class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P({self.x},{self.y})"


a, b, c = Point(1, 2), Point(1, 2), Point(2, 1)
print(a == b, a is b, a == c, a != c, a == (1, 2))
d = {a: "first"}
d[b] = "second"
d[c] = "third"
print(d, len(d))
print(d[Point(1, 2)], Point(2, 1) in d, Point(9, 9) in d)
s = {a, b, c, Point(1, 2)}
print(len(s), sorted(s, key=lambda p: (p.x, p.y)))
print(s == {Point(2, 1), Point(1, 2)}, {a} <= s, {Point(5, 5)}.isdisjoint(s))
print([a, c].index(Point(2, 1)), [a, b, c].count(Point(1, 2)), Point(2, 1) in [a, c])
print(list(dict.fromkeys([a, b, c, Point(2, 1)])))


class HashCounter:
    hash_calls = 0
    eq_calls = 0

    def __init__(self, key):
        self.key = key

    def __hash__(self):
        HashCounter.hash_calls += 1
        return hash(self.key) % 4

    def __eq__(self, other):
        HashCounter.eq_calls += 1
        return isinstance(other, HashCounter) and self.key == other.key


items = {HashCounter(i): i for i in range(8)}
print(len(items), HashCounter.hash_calls, HashCounter.eq_calls > 0)
print(items[HashCounter(5)], HashCounter(100) in items)


class AlwaysEqual:
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 1


print(AlwaysEqual() == 5, 5 == AlwaysEqual(), AlwaysEqual() in [1, 2], len({AlwaysEqual(), AlwaysEqual()}))
print({1: "int"}.get(1.0), {1.0: "float", True: "bool"}, hash(1) == hash(1.0) == hash(True))
