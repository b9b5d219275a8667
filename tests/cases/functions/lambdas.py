square = lambda x: x ** 2
print(square(7))

add = lambda a, b=10: a + b
print(add(1), add(1, 2))

print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3, y=4))

pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: (-p[0], p[1])))

compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))

ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in "+-*":
    print(sym, ops[sym](6, 3))

print((lambda: "no args")())
kwonly = lambda *, k: k
print(kwonly(k="kw"))
try:
    kwonly(1)
except TypeError as e:
    print(type(e).__name__, e)
print(square.__name__)
y = 5
capture = lambda: y
y = 6
print(capture())
