print([1, 2] + [3], (1,) + (2, 3), "ab" + "cd")
print([0] * 3, 3 * [0], "-" * 10, (1, 2) * 2, "x" * 0, "x" * -1)
print(2 in [1, 2], "bc" in "abcd", "" in "abc", 3 not in (1, 2))
print([1, 2] < [1, 3], "abc" < "abd", "Z" < "a", "" < "a", (1, 2, 3) > (1, 2))
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    -"a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] < {}
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3})
print({"a": 1} | {"b": 2})
