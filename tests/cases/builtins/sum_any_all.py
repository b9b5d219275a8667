print(sum([1, 2, 3]), sum([]), sum(range(5), 10), sum([0.5, 0.25]), sum([1, 2], start=100))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
print(sum([True, True, False]), sum(x * x for x in range(4)))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([1, 0]))
print(any(x > 2 for x in [1, 2, 3]), all(isinstance(x, int) for x in [1, True]))
def noisy(v):
    print("  check", v)
    return v
print(any(noisy(v) for v in [0, 1, 2]))
print(all(noisy(v) for v in [1, 0, 2]))
print(sum([1e100, 1.0, -1e100]), sum([0.1] * 10))
