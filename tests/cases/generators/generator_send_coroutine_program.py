def grep(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line)
    except GeneratorExit:
        target.close()

def counter(target):
    n = 0
    try:
        while True:
            line = yield
            n += 1
            target.send(f"{n}: {line}")
    except GeneratorExit:
        target.close()

def printer():
    try:
        while True:
            line = yield
            print(line)
    except GeneratorExit:
        print("printer closed")

def primed(gen):
    next(gen)
    return gen

p = primed(printer())
c = primed(counter(p))
g = primed(grep("py", c))

for line in ["python is fun", "rust is fast", "pyrite runs python", "java"]:
    g.send(line)
g.close()
