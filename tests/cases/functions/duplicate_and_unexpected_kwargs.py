def f(a, b):
    return a, b

try:
    f(1, a=2)
except TypeError as e:
    print(type(e).__name__, e)

try:
    f(1, 2, c=3)
except TypeError as e:
    print(type(e).__name__, e)

try:
    f(a=1, b=2, zzz=3)
except TypeError as e:
    print(type(e).__name__, e)

try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)

try:
    f(1, **{"b": 2, "a": 3})
except TypeError as e:
    print(type(e).__name__, e)

def g(**kw):
    return kw

try:
    g(x=1, **{"x": 2})
except TypeError as e:
    print(type(e).__name__, e)

class Widget:
    def __init__(self, size):
        self.size = size

try:
    Widget(size=1, colour="red")
except TypeError as e:
    print(type(e).__name__, e)

try:
    Widget()
except TypeError as e:
    print(type(e).__name__, e)

try:
    f(*[1, 2, 3])
except TypeError as e:
    print(type(e).__name__, e)
