def g1():
    yield 1
    return [1, 2, 3]

it = g1()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)

def g2():
    yield 1

it = g2()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args, repr(e))

e = StopIteration(5, 6)
print(e.value, e.args)
print(StopIteration().value)

def leaks_stop():
    yield 1
    raise StopIteration("inner")

try:
    list(leaks_stop())
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)

def next_in_gen():
    it = iter([])
    yield next(it)

try:
    list(next_in_gen())
except RuntimeError as e:
    print(type(e).__name__, e)

print(next(iter([]), "default"))
it = iter([1])
print(next(it), next(it, None))
