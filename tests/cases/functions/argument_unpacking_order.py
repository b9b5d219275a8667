def log(tag):
    def inner(v):
        print("eval", tag)
        return v
    return inner

def f(*args, **kwargs):
    return args, kwargs

a, b, c = log("a"), log("b"), log("c")
print(f(a(1), *[b(2)], k=c(3)))

def order(x, y, z):
    return x, y, z

print(order(*(1, 2), 3))
print(order(1, *(2,), *(3,)))
print(order(z=3, *(1, 2)))
print(order(**{"z": 3, "y": 2, "x": 1}))

def defaults(a, b=2, c=3):
    return a, b, c

print(defaults(1, c=30))
print(defaults(c=0, a=0))

def mixed(a, b, /, c, d=4, *rest, e, f=6, **extra):
    return a, b, c, d, rest, e, f, extra

print(mixed(1, 2, 3, e=5))
print(mixed(1, 2, 3, 40, 50, 60, e=5, g=7))
print(mixed(1, 2, c=3, d=4, e=5, f=60, h=8))
try:
    mixed(1, 2, 3, 4, 5)
except TypeError as e:
    print(type(e).__name__, e)
