def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)


print(f(1, 2, 3, e=5))
print(f(*[1, 2, 3], **{"e": 5, "d": 40}))
print(f(*(1, 2), **{"c": 3, "e": 5}))

calls = [
    ("a as keyword", lambda: f(b=2, a=1, c=3, e=5)),
    ("missing e", lambda: f(1, 2, 3)),
    ("too many positional", lambda: f(1, 2, 3, 4, 5, e=1)),
    ("posonly via **", lambda: f(1, **{"b": 2, "c": 3, "e": 5})),
    ("missing two", lambda: f(1)),
    ("unknown kw", lambda: f(1, 2, 3, e=5, g=7)),
    ("duplicate c", lambda: f(1, 2, 3, c=3, e=5)),
]
for label, fn in calls:
    try:
        print(label, fn())
    except TypeError as e:
        print(f"{label}: TypeError: {e}")


def collect(*args, **kwargs):
    return args, kwargs


print(collect())
print(collect(*()), collect(**{}))
print(collect(1, *[2, 3], 4, *(5,), x=1, **{"y": 2}, z=3))


def posonly_and_kwargs(a, /, **kwargs):
    return a, kwargs


print(posonly_and_kwargs(1, a=2))
print(posonly_and_kwargs(*[1], **{"a": "kw a", "b": "kw b"}))


def defaults_only(x=1, y=2):
    return x, y


print(defaults_only(*[10]), defaults_only(**{"y": 20}), defaults_only(*[], **{}))
