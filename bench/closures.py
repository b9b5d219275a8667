# Closures and higher-order functions: closure creation, nonlocal counters,
# function composition, map/filter with lambdas, functions returning
# functions, and decorators.


def make_adder(n):
    def add(x):
        return x + n
    return add


def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed


def twice(f):
    return lambda x: f(f(x))


def logged(f):
    calls = [0]

    def wrapper(*args, **kwargs):
        calls[0] += 1
        return f(*args, **kwargs)
    wrapper.calls = calls
    return wrapper


@logged
def mix(a, b, scale=1):
    return (a * 31 + b) * scale % 65521


def main():
    adders = [make_adder(i) for i in range(100)]
    total = 0
    for i in range(900000):
        total += adders[i % 100](i)
    ctr = make_counter()
    for i in range(900000):
        ctr(i & 3)
    pipeline = compose(make_adder(3), twice(lambda x: x * 2 % 10007), abs)
    p = 0
    for i in range(600000):
        p = (p + pipeline(i - 100000)) % 1000003
    m = sum(map(lambda x: x * x % 97, filter(lambda x: x % 3, range(900000))))
    h = 0
    for i in range(600000):
        h = mix(h, i, scale=3)
    srt = sorted(range(150000), key=lambda v: (v * 7919) % 150001)
    print("closures", total, ctr(0), p, m, h, mix.calls[0], srt[:3], srt[-1])


main()
