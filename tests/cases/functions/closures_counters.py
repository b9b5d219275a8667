def make_counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return increment, get

inc, get = make_counter()
inc()
inc()
inc(5)
print(get())
inc2, get2 = make_counter(100)
inc2()
print(get(), get2())

def make_multipliers():
    return [lambda x: x * i for i in range(4)]

print([m(10) for m in make_multipliers()])

def make_multipliers_fixed():
    return [lambda x, i=i: x * i for i in range(4)]

print([m(10) for m in make_multipliers_fixed()])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()

print(outer()())

def accumulator():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add

acc = accumulator()
print(acc(1), acc(2), acc(3))
print(acc.__closure__ is not None, len(acc.__closure__))
print(acc.__closure__[0].cell_contents)
