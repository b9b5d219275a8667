x = 10
gen = (x * i for i in range(3))
x = 100
print(list(gen))

def make():
    items = [1, 2, 3]
    g = (i + len(items) for i in items)
    items.append(4)
    return g

print(list(make()))

class Holder:
    value = 5
    data = [1, 2]
    result = [v for v in data]
    try:
        bad = list(value + v for v in data)
    except NameError as e:
        err = str(e)

print(Holder.result, Holder.err)

outer = [1, 2]
g = (a for a in outer)
outer = [9, 9]
print(list(g))

def gen_locals():
    a = 1
    yield a
    a += 1
    yield a
    yield "a" in dir()

print(list(gen_locals()))
