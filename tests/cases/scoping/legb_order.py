len = "global len"


def enclosing():
    len = "enclosing len"

    def local():
        len = "local len"
        return len

    def enc():
        return len

    def glob():
        global len
        return len
    return local(), enc(), glob()


print(enclosing())
del len


def builtin_level():
    return len("four")


print(builtin_level())


def layered():
    a = "E1"

    def mid():
        b = "E2"

        def inner():
            c = "L"
            return a, b, c, __name__, abs(-1)
        return inner()
    return mid()


print(layered())

name = "G"


def f1():
    return name


def f2():
    name = "L2"
    return f1()


print(f2())


def f3():
    name = "E3"

    def g():
        return name
    name = "E3-rebound"
    return g()


print(f3())


def uses_global_comprehension():
    global name
    name = "G-from-f"
    return [name for _ in range(2)]


print(uses_global_comprehension(), name)


def enclosing_comprehension():
    factor = 3
    return [factor * n for n in range(3)], {n: factor for n in range(2)}, list(factor + n for n in range(2))


print(enclosing_comprehension())
