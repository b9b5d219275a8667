print(len("hello"), len([1, 2]), len((1,)), len({}), len({1, 2, 3}), len(range(10)), len(b"xy"))
print(len("héllo"), len(""), len([[1, 2, 3]]))
for i, c in enumerate("abc"):
    print(i, c)
for i, c in enumerate("abc", start=10):
    print(i, c)
print(list(enumerate([], 5)), list(enumerate("xy", -1)))
e = enumerate(["a", "b"])
print(next(e), next(e))
try:
    next(e)
except StopIteration:
    print("enumerate exhausted")
print(dict(enumerate("ab", 1)))

class Sized:
    def __len__(self):
        return 7

print(len(Sized()))

class Negative:
    def __len__(self):
        return -1

try:
    len(Negative())
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(iter([1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
