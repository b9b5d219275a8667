def three():
    yield "a"
    yield "b"
    yield "c"

x, y, z = three()
print(x, y, z)
first, *rest = three()
print(first, rest)
print([*three(), *three()])
print((*three(),))
print({*range(3), *range(2, 5)})
print(dict(zip(three(), range(3))))

try:
    p, q = three()
except ValueError as e:
    print(type(e).__name__, e)

try:
    p, q, r, s = three()
except ValueError as e:
    print(type(e).__name__, e)

def f(*args):
    return args

print(f(*three()))
print(max(three()), min(three()), sorted(three(), reverse=True))
print(" ".join(three()))
print(list(reversed(list(three()))))
