def target(a, b, c=3, *args, d=4, **kwargs):
    return f"a={a} b={b} c={c} args={args} d={d} kwargs={sorted(kwargs.items())}"


def forward(*args, **kwargs):
    return target(*args, **kwargs)


print(forward(1, 2))
print(forward(1, 2, 5, 6, 7, d=8, e=9))
print(forward(*[1, 2], **{"c": 30, "z": 0}))
print(forward(1, *(2, 3), *[4], d=5, **{"x": 1}, **{"y": 2}))


def wrapper(fn):
    def inner(*args, **kwargs):
        print(f"  calling {fn.__name__} with args={args} kwargs={kwargs}")
        return fn(*args, **kwargs)
    return inner


@wrapper
def add(x, y, *, scale=1):
    return (x + y) * scale


print(add(1, 2), add(1, y=2, scale=10), add(*"ab"))


def partial(fn, *pargs, **pkw):
    def call(*args, **kw):
        merged = {**pkw, **kw}
        return fn(*pargs, *args, **merged)
    return call


p = partial(target, 1, d="D")
print(p(2))
print(p(2, 3, 4, d="override", q="Q"))

try:
    forward(1)
except TypeError as e:
    print("TypeError:", e)
try:
    forward(1, 2, a=5)
except TypeError as e:
    print("TypeError:", e)
try:
    forward(1, 2, **{"d": 1}, d=2)
except TypeError as e:
    print("TypeError:", e)


def only_kwargs(**kw):
    return kw


print(only_kwargs(**{"a": 1}, b=2, **dict(c=3)))
print(max(*[3, 9, 2]), min(*"hello"), print(*[], sep="-"))
print(*range(5), sep=", ")
print(*"abc", *[1, 2], sep="|", end="!\n")
