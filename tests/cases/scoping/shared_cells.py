def make_pair():
    shared = []

    def push(v):
        shared.append(v)
        return len(shared)

    def pop():
        return shared.pop()

    def replace(new):
        nonlocal shared
        old = shared
        shared = new
        return old
    return push, pop, replace


push, pop, replace = make_pair()
push(1)
push(2)
print(pop(), push(3), push(4))
old = replace(["x"])
print(old, pop(), push("y"))


def counters():
    count = 0

    def up():
        nonlocal count
        count += 1
        return count

    def down():
        nonlocal count
        count -= 1
        return count
    return up, down


up, down = counters()
print(up(), up(), down(), up())
up2, down2 = counters()
print(up2(), up(), down2())

print(up.__closure__ is not None, len(up.__closure__), up.__code__.co_freevars)
print(up.__closure__[0].cell_contents, down.__closure__[0].cell_contents)


def no_closure():
    return 1


print(no_closure.__closure__)


def outer():
    a = 1
    b = 2

    def uses_a():
        return a

    def uses_both():
        return a + b
    return uses_a.__code__.co_freevars, uses_both.__code__.co_freevars, outer_cellvars()


def outer_cellvars():
    return outer.__code__.co_cellvars


print(outer())


def make_accumulators(n):
    result = []
    for i in range(n):
        def acc(x, _i=i, _store=[]):
            _store.append(x + _i)
            return _store
        result.append(acc)
    return result


a0, a1 = make_accumulators(2)
print(a0(1), a0(2), a1(1))
