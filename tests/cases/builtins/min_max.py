print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("hello"))
print(min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len))
print(max([1, 3, 3], key=lambda x: x), max([(1, "a"), (1, "b")], key=lambda t: t[0]))
print(min([], default="empty"), max([], default=None), max([2], default=0))
print(min(iter([4, 2, 8])), max(range(10), key=lambda x: x % 7))
print(max(-1, -5, key=abs), min("b", "A", "c"))
print(max({"x": 3, "y": 9}), max({"x": 3, "y": 9}.values()))
try:
    min([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    min(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    min()
except TypeError as e:
    print(type(e).__name__, e)
print(max(1, 2.5, True), min(False, 0), max([[1, 2], [1, 3]]))
