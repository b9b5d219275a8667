class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print(f"  {self.v} < {other.v}")
        return self.v < other.v

    def __eq__(self, other):
        print(f"  {self.v} == {other.v}")
        return self.v == other.v

    def __repr__(self):
        return f"L{self.v}"


a, b, c = Loud(1), Loud(2), Loud(3)
print(a < b < c)
print(b < a < c)
print(a == a < b)


def make(v):
    print(f"  make({v})")
    return Loud(v)


print(make(1) < make(2) < make(0) < make(5))
print(a != b)


class Fuzzy:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return abs(self.v - other.v) < 0.5

    def __repr__(self):
        return f"F{self.v}"


print(Fuzzy(1) == Fuzzy(1.2), Fuzzy(1) != Fuzzy(1.2), Fuzzy(1) != Fuzzy(3))
lst = [Fuzzy(1), Fuzzy(2)]
print(lst == [Fuzzy(1.1), Fuzzy(2.2)], lst.index(Fuzzy(2.3)), Fuzzy(5) in lst)


class ArrayLike:
    def __init__(self, vals):
        self.vals = vals

    def __eq__(self, other):
        return [x == other for x in self.vals]

    def __gt__(self, other):
        return [x > other for x in self.vals]


arr = ArrayLike([1, 5, 3])
print(arr == 3, arr > 2)
try:
    print(1 < arr > 0)
except TypeError as e:
    print("TypeError:", e)
print(1 < 2 < 3 > 2 == 2 != 5, 3 > 2 > 2, "a" < "b" < "c", [1] < [1, 0] < [2])
x = 5
print(0 <= x < 10, 0 < x < 5, x is not None is not False)
