records = [
    ("alice", 30, "eng"),
    ("bob", 25, "ops"),
    ("carol", 30, "ops"),
    ("dave", 25, "eng"),
    ("eve", 35, "eng"),
    ("frank", 30, "eng"),
]

by_age = sorted(records, key=lambda r: r[1])
print([r[0] for r in by_age])
by_age_desc = sorted(records, key=lambda r: r[1], reverse=True)
print([r[0] for r in by_age_desc])

step = sorted(records, key=lambda r: r[0], reverse=True)
step.sort(key=lambda r: r[2])
print([r[0] for r in step])

multi = sorted(records, key=lambda r: (r[2], -r[1], r[0]))
print([r[0] for r in multi])

nums = [5, -3, 2, -8, 0, 7]
nums.sort()
print(nums)
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(sorted([3, 1, 2], reverse=False))
eq = [(1, "a"), (0, "b"), (1, "c"), (0, "d")]
print(sorted(eq, key=lambda p: p[0], reverse=True))
result = nums.sort()
print(result)
try:
    [1, "a"].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda x: x, cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
