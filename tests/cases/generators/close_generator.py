def resource():
    print("open")
    try:
        for i in range(10):
            yield i
    finally:
        print("close resource")

g = resource()
print(next(g), next(g))
g.close()
print("closed")
g.close()
try:
    next(g)
except StopIteration:
    print("StopIteration after close")

def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise

c = catches_exit()
next(c)
c.close()

def bad_generator():
    try:
        yield 1
    except GeneratorExit:
        yield 2

b = bad_generator()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(type(e).__name__, e)

never_started = resource()
never_started.close()
print("never started closed without output")

def loop_break():
    for v in resource():
        if v == 2:
            break
        print("v", v)
    print("after loop")

loop_break()
