def inner():
    x = yield "inner-1"
    print("inner received", x)
    y = yield "inner-2"
    print("inner received", y)
    return x + y

def outer():
    result = yield from inner()
    print("inner returned", result)
    yield "outer-final"
    return result * 2

g = outer()
print(next(g))
print(g.send(10))
print(g.send(20))
try:
    next(g)
except StopIteration as e:
    print("outer returned", e.value)

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1, 2], "ab", range(3), (x for x in [9]))))

def tree(node):
    value, children = node
    yield value
    for child in children:
        yield from tree(child)

t = (1, [(2, [(4, [])]), (3, [(5, []), (6, [])])])
print(list(tree(t)))

def delegate_list():
    r = yield from [1, 2]
    yield r

print(list(delegate_list()))
