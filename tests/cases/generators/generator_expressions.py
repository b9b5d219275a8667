squares = (x * x for x in range(6))
print(type(squares).__name__)
print(next(squares), next(squares))
print(list(squares))
print(list(squares))

print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
print(list((x, y) for x in range(3) for y in range(x)))
print("-".join(str(n) for n in range(5)))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))

def lazy(n):
    print("producing", n)
    return n

gen = (lazy(i) for i in range(3))
print("created")
for v in gen:
    print("consumed", v)

try:
    bad = (1 / x for x in [1, 0])
    print(next(bad))
    print(next(bad))
except ZeroDivisionError as e:
    print(type(e).__name__, e)

try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)

data = [[1, 2], [3], [], [4, 5, 6]]
print(list(item for sub in data for item in sub))
print(dict((k, v) for k, v in zip("abc", range(3))))
print(sorted((n for n in [5, 3, 8]), reverse=True))
