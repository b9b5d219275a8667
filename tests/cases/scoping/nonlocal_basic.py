def make_counter(start=0):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    def reset():
        nonlocal count
        count = start
    return inc, get, reset


inc, get, reset = make_counter(10)
print(inc(), inc(5), get())
reset()
print(get(), inc(), get())

inc2, get2, _ = make_counter()
inc2()
print(get(), get2())


def outer():
    x = "outer"

    def middle():
        x = "middle"

        def inner():
            nonlocal x
            x = "inner changed middle"
        inner()
        return x
    m = middle()
    return x, m


print(outer())


def skip_level():
    y = 1

    def middle():
        def inner():
            nonlocal y
            y += 10
        inner()
        inner()
    middle()
    return y


print(skip_level())


def accumulator():
    total = 0
    history = []

    def add(x):
        nonlocal total
        total += x
        history.append(total)
        return add
    add.history = history
    return add


acc = accumulator()
acc(1)(2)(3)
print(acc.history)


def nonlocal_multiple():
    a = b = 0

    def setboth():
        nonlocal a, b
        a, b = b + 1, a + 2
    setboth()
    setboth()
    return a, b


print(nonlocal_multiple())


def nonlocal_loop_var():
    i = None

    def run():
        nonlocal i
        for i in range(3):
            pass
    run()
    return i


print(nonlocal_loop_var())
