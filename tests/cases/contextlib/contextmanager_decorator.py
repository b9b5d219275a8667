from contextlib import contextmanager, ContextDecorator

calls = []


@contextmanager
def traced(label):
    calls.append(f"enter {label}")
    try:
        yield label
    finally:
        calls.append(f"exit {label}")


@traced("work")
def work(x, y=1):
    """Add two numbers."""
    calls.append(f"work({x}, {y})")
    return x + y


print(work(2), work(3, y=4))
print(work.__name__, work.__doc__)
print("\n".join(calls))
calls.clear()


@traced("fails")
def fails():
    raise ValueError("nope")


for _ in range(2):
    try:
        fails()
    except ValueError as e:
        calls.append(f"caught {e}")
print(calls)


@contextmanager
def suppressing():
    try:
        yield
    except KeyError:
        print("suppressed KeyError")


@suppressing()
def lookup(d, k):
    return d[k]


print(lookup({"a": 1}, "a"), lookup({}, "missing"))


class mycontext(ContextDecorator):
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("starting", self.name)
        return self

    def __exit__(self, *exc):
        print("finishing", self.name, exc[0].__name__ if exc[0] else None)
        return False


@mycontext("deco")
def function():
    print("inside function")


function()
with mycontext("with") as m:
    print("inside with", m.name)


@mycontext("err")
def broken():
    raise IndexError


try:
    broken()
except IndexError:
    print("IndexError escaped")
print(isinstance(traced("x"), ContextDecorator))
