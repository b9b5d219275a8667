def g():
    try:
        yield 1
        yield 2
    finally:
        return "from finally"

it = g()
print(next(it))
try:
    it.throw(ValueError("swallowed"))
except StopIteration as e:
    print("StopIteration value:", e.value)

it2 = g()
print(list(it2))

def nested_try():
    for i in range(3):
        try:
            yield i
        finally:
            print("finally", i)

for v in nested_try():
    print("body", v)

def gen_close_return():
    try:
        yield 1
    except GeneratorExit:
        return "ignored"

c = gen_close_return()
next(c)
print(c.close())
