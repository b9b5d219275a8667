print(list(zip([1, 2, 3], "abc")))
print(list(zip([1, 2, 3], "ab")))
print(list(zip()))
print(list(zip([1, 2])))
print(list(zip(range(3), range(10, 13), range(20, 23))))
print(dict(zip(["a", "b"], [1, 2])))
pairs = [(1, "x"), (2, "y")]
nums, letters = zip(*pairs)
print(nums, letters)
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2, 3], [4, 5], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [4, 5], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1, 2], [3, 4], [5], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
z = zip([1, 2, 3], [4, 5], strict=True)
print(next(z))
try:
    zip(1, [2])
except TypeError as e:
    print(type(e).__name__, e)
