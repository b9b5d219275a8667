def divmod_both(a, b):
    return a // b, a % b


def stats(values):
    n = len(values)
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / n
    return n, mean, var, (min(values), max(values))


q, r = divmod_both(17, 5)
print(q, r)
result = divmod_both(17, 5)
print(result, type(result).__name__)
n, mean, var, (lo, hi) = stats([2, 4, 4, 4, 5, 5, 7, 9])
print(n, mean, var, lo, hi)
_, mean_only, *_ = stats([1, 2, 3])
print(mean_only)


def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return True, i
    return False, -1


for t in ["b", "z"]:
    found, index = find("abc", t)
    print(t, found, index)


def parse_version(s):
    major, minor, *patch = map(int, s.split("."))
    return major, minor, patch[0] if patch else 0


for s in ["3.11.7", "2.7", "10.0.1"]:
    print(s, parse_version(s), parse_version(s) >= (3, 0, 0))


def split_name(full):
    first, *middle, last = full.split()
    return {"first": first, "middle": middle, "last": last}


print(split_name("Guido van Rossum"), split_name("Ada Lovelace"))
try:
    split_name("Cher")
except ValueError as e:
    print("ValueError:", e)


def swap_pairs(pairs):
    return [(b, a) for a, b in pairs]


print(swap_pairs([(1, 2), ("x", "y")]))
print(*divmod(100, 7), *divmod_both(-7, 2))
