def sub():
    try:
        while True:
            x = yield
            print("sub got", x)
    except ValueError as e:
        print("sub handled", e)
        return "sub-done"
    finally:
        print("sub finally")

def main():
    r = yield from sub()
    print("main got result", r)
    yield "main-after"

g = main()
next(g)
g.send(1)
g.send(2)
print(g.throw(ValueError("stop now")))

g2 = main()
next(g2)
g2.close()
print("closed g2")

def sub_unhandled():
    yield 1
    yield 2

def wrapper():
    try:
        yield from sub_unhandled()
    except KeyError:
        yield "wrapper caught KeyError"

w = wrapper()
print(next(w))
print(w.throw(KeyError("x")))

def counter_sub(n):
    for i in range(n):
        yield i
    return n

def aggregate():
    total = 0
    for n in (2, 3, 1):
        total += yield from counter_sub(n)
    return total

a = aggregate()
vals = []
while True:
    try:
        vals.append(next(a))
    except StopIteration as e:
        print(vals, "total", e.value)
        break
