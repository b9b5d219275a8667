def multi():
    nums = [1, 2, 3]
    return 0, *nums, 4


print(multi())


def gen():
    rest = "bc"
    yield "a", *rest
    yield (*rest, *rest)


print(list(gen()))

grid = {(0, 0): "origin", (1, 2): "p"}
idx = (1, 2)
print(grid[idx], grid[(*idx,)], grid[0, 0])

lst = [*range(3)]
lst[1:2] = [*"ab"]
print(lst)
for x in *lst, "extra":
    print(x, end=" ")
print()

args = (1, 2)
print(f"{[*args]} {(*args, 3)}")
print([*args][::-1], (*args,)[-1])


def takes(a, b, c, d):
    return a + b + c + d


print(takes(*[1], 2, *(3, 4)), takes(1, *"bcd".encode()), takes(*"wxyz"))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
print(dict(zip(*[("a", "b"), (1, 2)])))
rows = [("x", 1), ("y", 2)]
names, values = zip(*rows)
print(names, values)
print(*[f"{k}={v}" for k, v in rows], sep=" & ")
