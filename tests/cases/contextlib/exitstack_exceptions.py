from contextlib import ExitStack


def show(e):
    chain = []
    while e is not None:
        chain.append(f"{type(e).__name__}({', '.join(map(str, e.args))})")
        e = e.__context__
    return " <- ".join(chain)


def raiser(exc):
    def cb(*details):
        raise exc
    return cb


# Each callback sees the exception raised by the previous one, as nested with statements do.
try:
    with ExitStack() as stack:
        stack.push(raiser(IndexError("from first registered")))
        stack.push(raiser(KeyError("from second")))
        stack.push(raiser(AttributeError("from third")))
        raise ValueError("body")
except Exception as e:
    print("ExitStack:", show(e))

try:
    try:
        try:
            try:
                raise ValueError("body")
            finally:
                raise AttributeError("from third")
        finally:
            raise KeyError("from second")
    finally:
        raise IndexError("from first registered")
except Exception as e:
    print("nested:   ", show(e))


def suppress_all(*details):
    print("suppressing", details[0].__name__ if details[0] else None)
    return True


try:
    with ExitStack() as stack:
        stack.push(suppress_all)
        stack.push(raiser(KeyError("after body")))
        raise ValueError("body")
except Exception as e:
    print("should not escape", e)
else:
    print("all suppressed")

seen = []
with ExitStack() as stack:
    stack.push(lambda *d: seen.append(d[0]))
    stack.push(suppress_all)
    stack.push(lambda *d: seen.append(d[0]))
    raise TypeError("t")
print([s.__name__ if s else None for s in seen])

try:
    with ExitStack() as stack:
        stack.callback(print, "callback still runs")
        stack.push(raiser(RuntimeError("exit failure")))
except RuntimeError as e:
    print("RuntimeError:", e, "context:", e.__context__)


# An exception that was already being handled when the stack exits stays out of the chain.
try:
    raise NameError("outer handled")
except NameError:
    try:
        with ExitStack() as stack:
            stack.push(raiser(KeyError("k")))
            raise ValueError("inner")
    except Exception as e:
        print("inside handler:", show(e))


stack = ExitStack()
stack.push(raiser(ZeroDivisionError("in close")))
try:
    stack.close()
except ZeroDivisionError as e:
    print("close raised:", show(e))

print(ExitStack().__exit__(None, None, None))
s = ExitStack()
s.push(lambda *d: True)
print(s.__exit__(ValueError, ValueError("x"), None))
s = ExitStack()
s.push(lambda *d: True)
print(s.__exit__(None, None, None))
