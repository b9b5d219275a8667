it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)

data = [5, 4, 0, 3]
pos = -1
def reader():
    global pos
    pos += 1
    return data[pos]

print(list(iter(reader, 0)))

counter = 0
def tick():
    global counter
    counter += 1
    return counter

print(list(iter(tick, 4)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))

s = iter("xy")
print(iter(s) is s, list(s))
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
d = iter({"k": 1, "j": 2})
print(next(d), next(d))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter(range(1))).__name__)
