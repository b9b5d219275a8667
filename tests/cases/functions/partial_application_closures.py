def partial(func, *bound, **bound_kw):
    def call(*args, **kwargs):
        return func(*bound, *args, **{**bound_kw, **kwargs})
    call.func = func
    call.args = bound
    call.keywords = bound_kw
    return call

def power(base, exponent):
    return base ** exponent

square = partial(power, exponent=2)
cube = partial(power, exponent=3)
two_to = partial(power, 2)
print(square(5), cube(2), two_to(10))
print(square.func.__name__, two_to.args, square.keywords)

def fmt(value, *, width=8, fill=" ", align=">"):
    return f"{value:{fill}{align}{width}}"

money = partial(fmt, width=10, fill=".")
print(money(42))
print(money(42, align="<"))
print(money("x", width=3))

def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run

process = compose(str, partial(power, exponent=2), abs)
print(repr(process(-12)))

adders = {n: partial(lambda a, b: a + b, n) for n in range(3)}
print({k: f(10) for k, f in adders.items()})
