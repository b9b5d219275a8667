print(sorted([3, 1, 2]), sorted("banana"), sorted((3, 1)), sorted({3: 0, 1: 0}))
print(sorted([3, 1, 2], reverse=True))
print(sorted(["bb", "a", "ccc"], key=len))
print(sorted([-3, 2, -1], key=abs, reverse=True))
print(sorted([]), sorted(""))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print("".join(reversed("stressed")))
r = reversed([1, 2])
print(type(r).__name__, next(r), next(r), next(r, "end"))

class Backwards:
    def __reversed__(self):
        return iter(["custom", "reverse"])

print(list(reversed(Backwards())))

class Indexable:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * i

print(list(reversed(Indexable())))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(iter([1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, None])
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed({"a": 1, "b": 2})))
