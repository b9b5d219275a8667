def counter_gen(start):
    n = start
    while True:
        received = yield n
        if received is not None:
            n = received
        else:
            n += 1


g = counter_gen(5)
print(next(g), next(g), g.send(100), next(g))


def closure_over_gen_var():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
        yield i
    yield [f() for f in fs]


print(list(closure_over_gen_var()))

x = "global"


def gen_reads_global():
    yield x
    yield x


it = gen_reads_global()
print(next(it))
x = "changed between yields"
print(next(it))


def make_gens():
    gens = []
    for k in range(3):
        gens.append((k * m for m in range(3)))
    return gens


print([list(g) for g in make_gens()])


def gen_with_nonlocal():
    total = 0

    def add(v):
        nonlocal total
        total += v
    for v in range(5):
        add(v)
        yield total


print(list(gen_with_nonlocal()))


def outer():
    items = []

    def producer():
        for i in range(3):
            items.append(i)
            yield len(items)
    return producer, items


prod, items = outer()
p = prod()
print(next(p), items, list(p), items)

try:
    gen = (undefined for _ in range(2))
    print("created lazily")
    next(gen)
except NameError as e:
    print("NameError:", e)

try:
    gen = (v for v in undefined_iterable)
except NameError as e:
    print("NameError at creation:", e)
