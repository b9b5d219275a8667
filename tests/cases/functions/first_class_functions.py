def apply(f, *args):
    return f(*args)

print(apply(max, 3, 9, 2))
print(apply(len, "hello"))
print(apply(str.upper, "shout"))

def pipeline(*funcs):
    def run(value):
        for fn in funcs:
            value = fn(value)
        return value
    return run

process = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(process("  Hello World  "))

handlers = {}
def on(event):
    def register(fn):
        handlers.setdefault(event, []).append(fn)
        return fn
    return register

@on("start")
def h1(): return "h1 started"

@on("start")
def h2(): return "h2 started"

@on("stop")
def h3(): return "h3 stopped"

for event in ["start", "stop", "other"]:
    print(event, [h() for h in handlers.get(event, [])])

funcs = [abs, str, bool, len]
print([type(f).__name__ for f in funcs])
print([f.__name__ for f in funcs])
print(callable(apply), callable(5))

def curry(f):
    def a(x):
        def b(y):
            return f(x, y)
        return b
    return a

print(curry(pow)(2)(10))
bound = "abc".upper
print(bound(), bound.__name__, bound.__self__)
