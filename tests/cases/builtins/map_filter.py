print(list(map(str, [1, 2, 3])))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])))
print(list(map(pow, [2, 3], [3, 2])))
print(list(filter(lambda x: x % 2, range(10))))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, True])))
print(list(filter(str.isdigit, "a1b2c3")))
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m), list(m))
print(sum(map(len, ["ab", "cde"])))
print(list(map(int, "1 2 3".split())))
print(list(map(str.upper, "abc")))
try:
    list(map(int, ["1", "x"]))
except ValueError as e:
    print(type(e).__name__, e)
try:
    map(abs)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(filter(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
print(list(map(lambda *a: a, "ab", "cd", "ef")))
