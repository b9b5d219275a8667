def pos(a, b, /, c, *, d):
    return a, b, c, d

print(pos(1, 2, 3, d=4))
print(pos(1, 2, c=3, d=4))

try:
    pos(1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)

try:
    pos(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)

def name_clash(name, /, **kwargs):
    return name, kwargs

print(name_clash("x", name="y"))

def only(x, /):
    return x * 2

print(only(21))
try:
    only(x=1)
except TypeError as e:
    print(type(e).__name__, e)

def with_default(a, b=5, /):
    return a + b

print(with_default(1))
print(with_default(1, 2))
try:
    with_default()
except TypeError as e:
    print(type(e).__name__, e)
