def f(a, b, c):
    return a + b + c

def g(x, y=1):
    return x + y

cases = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2),
    lambda: g(),
    lambda: f(1, c=3),
    lambda: f(c=3),
]
for call in cases:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

class K:
    def method(self, a, b):
        return a, b

k = K()
for call in [lambda: k.method(), lambda: k.method(1), lambda: K.method(k)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

def kw(*, p, q):
    pass

try:
    kw()
except TypeError as e:
    print(type(e).__name__, e)
try:
    kw(q=1)
except TypeError as e:
    print(type(e).__name__, e)
