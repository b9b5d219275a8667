def power(exp):
    def raise_to(base):
        return base ** exp
    return raise_to


square, cube = power(2), power(3)
print(square(5), cube(2), square.__code__.co_freevars)


def logger(prefix, *, sep=": "):
    lines = []

    def log(*parts):
        lines.append(prefix + sep + " ".join(map(str, parts)))
        return lines
    return log


info = logger("INFO")
warn = logger("WARN", sep=" | ")
info("a", 1)
info("b", [2])
print(warn("careful"), info("c"))


def modify_param(items, n):
    def change():
        nonlocal n
        n += 1
        items.append(n)
    change()
    change()
    return items, n


original = [0]
print(modify_param(original, 10), original)


def star_args_closure(*args, **kwargs):
    return lambda: (args, sorted(kwargs))


print(star_args_closure(1, 2, z=3, a=4)())


def param_rebinding(x):
    get = lambda: x
    x = x * 2
    return get()


print(param_rebinding(21))


def default_refers_to_param(a, b=None):
    if b is None:
        b = lambda: a
    a = "rebound a"
    return b()


print(default_refers_to_param("orig"))
