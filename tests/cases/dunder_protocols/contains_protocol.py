class EvenNumbers:
    def __contains__(self, item):
        print(f"  __contains__({item!r})")
        return isinstance(item, int) and item % 2 == 0


evens = EvenNumbers()
print(4 in evens, 5 in evens, 4 not in evens, "x" in evens)


class Truthy:
    def __contains__(self, item):
        return "non-empty string"


class Falsy:
    def __contains__(self, item):
        return []


print(1 in Truthy(), 1 in Falsy(), 1 not in Falsy())


class Interval:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __contains__(self, x):
        return self.lo <= x < self.hi

    def __iter__(self):
        return iter(range(self.lo, self.hi))


r = Interval(1, 5)
print(3 in r, 5 in r, 4.5 in r, list(r))


class IterOnly:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        print("  iterating")
        return iter(self.items)


print(2 in IterOnly([1, 2, 3]), 9 in IterOnly([]))


class Nothing:
    pass


try:
    1 in Nothing()
except TypeError as e:
    print("TypeError:", e)


class Weird:
    def __eq__(self, other):
        return other == "magic"

    __hash__ = None


print(Weird() in ["x", "magic"], "magic" in [Weird()], Weird() in [])
print("ell" in "hello", "" in "abc", b"b" in b"abc", 98 in b"abc", (1,) in [(1,)], 1 in {1: 0})
try:
    3 in "abc"
except TypeError as e:
    print("TypeError:", e)
try:
    [1] in {1, 2}
except TypeError as e:
    print("TypeError:", e)
nan = float("nan")
print(nan in [nan], nan == nan, [nan] == [nan])
