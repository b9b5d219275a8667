compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))

curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))


def make_ops():
    ops = {}
    for sym, fn in (("+", lambda a, b: a + b), ("-", lambda a, b: a - b)):
        ops[sym] = fn
    base = 1000
    ops["base+"] = lambda a: a + base
    base = 2000
    return ops


ops = make_ops()
print(ops["+"](2, 3), ops["-"](2, 3), ops["base+"](1))

counter = (lambda: (lambda c=[0]: c.__setitem__(0, c[0] + 1) or c[0]))()
print(counter(), counter(), counter())

fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
f2 = fact
fact = lambda n: -1
print(f2(5))

Y = lambda f: (lambda x: f(lambda v: x(x)(v)))(lambda x: f(lambda v: x(x)(v)))
fib = Y(lambda self: lambda n: n if n < 2 else self(n - 1) + self(n - 2))
print([fib(i) for i in range(10)])

pairs = [(1, "b"), (3, "a"), (2, "c")]
key_index = 1
key = lambda p: p[key_index]
print(sorted(pairs, key=key))
key_index = 0
print(sorted(pairs, key=key))

print((lambda *a, **k: (a, sorted(k.items())))(1, 2, x=3))
print((lambda x, /, y=2, *, z=3: x + y + z)(1, z=10))
print((lambda: __name__)(), (lambda: fact.__name__)())

nested = [lambda: [lambda: i for i in range(2)] for _ in range(1)]
print([g() for g in nested[0]()])
