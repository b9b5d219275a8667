a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True)
print(type(1) is int, type(True) is int, isinstance(True, int))
d = {"k": 1, "j": 2}
print("k" in d, 1 in d, "k" in d.keys(), 1 in d.values(), ("k", 1) in d.items())
print(3 in range(0, 10, 3), 4 in range(0, 10, 3), -1 in range(0, -5, -1))
print(1.0 in [1, 2], True in [1], 0 in [False])
print("a" in "abc", "ac" in "abc", "" in "")
class Bag:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        print("checking", x)
        return x in self.items
bag = Bag([1, 2])
print(2 in bag, 5 not in bag)
class Iter:
    def __iter__(self):
        return iter([10, 20])
print(20 in Iter(), 30 in Iter())
