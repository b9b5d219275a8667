x = y = 0


def set_globals():
    global x, y
    x, y = 10, 20
    x, y = y, x


set_globals()
print(x, y)


def outer():
    a, b = 1, 2

    def inner():
        nonlocal a, b
        a, *b = "xyz"
    inner()
    return a, b


print(outer())


def for_global():
    global loop_last
    for loop_last, _ in [(1, "a"), (2, "b")]:
        pass


for_global()
print(loop_last)


def with_nonlocal_star():
    head = tail = None

    def split(seq):
        nonlocal head, tail
        head, *tail = seq
    split([9, 8, 7])
    return head, tail


print(with_nonlocal_star())

counts = {"a": 0, "b": 0}


def bump_both():
    counts["a"], counts["b"] = counts["a"] + 1, counts["b"] + 2


bump_both()
bump_both()
print(counts)
