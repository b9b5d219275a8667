def count_up(n):
    print("start")
    i = 0
    while i < n:
        print("yielding", i)
        yield i
        i += 1
    print("done")

g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)

def empty():
    return
    yield

print(list(empty()))

def with_return():
    yield 1
    return "finished"

g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "str:", str(e))

print(sum(x * x for x in range(5)))
gen = count_up(2)
print(iter(gen) is gen)
for v in gen:
    print("got", v)
