def g():
    x = yield
    print("x =", x)
    y = (yield x) * 2
    print("y =", y)
    z = yield y + 1
    print("z =", z)

it = g()
print(next(it))
print(it.send("first"))
print(it.send(5))
try:
    it.send("last")
except StopIteration:
    print("stop")

def yields_in_list():
    result = [(yield 1), (yield 2)]
    return result

it = yields_in_list()
print(next(it), it.send("a"))
try:
    it.send("b")
except StopIteration as e:
    print(e.value)

def multiple_values():
    yield 1, 2
    yield (3, 4)
    yield [5]

for a in multiple_values():
    print(a)

def gen_with_lambda():
    f = lambda: 10
    yield f()

print(list(gen_with_lambda()))
