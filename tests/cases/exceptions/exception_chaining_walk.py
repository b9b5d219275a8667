def describe(exc):
    parts = []
    while exc is not None:
        parts.append(f"{type(exc).__name__}: {exc}")
        if exc.__cause__ is not None:
            parts.append("  (caused by)")
            exc = exc.__cause__
        elif exc.__context__ is not None and not exc.__suppress_context__:
            parts.append("  (while handling)")
            exc = exc.__context__
        else:
            exc = None
    return "\n".join(parts)

def layer1():
    raise KeyError("config")

def layer2():
    try:
        layer1()
    except KeyError as e:
        raise LookupError("lookup failed") from e

def layer3():
    try:
        layer2()
    except LookupError:
        raise RuntimeError("startup failed")

try:
    layer3()
except RuntimeError as e:
    print(describe(e))

try:
    try:
        raise ValueError("hidden")
    except ValueError:
        raise TypeError("shown") from None
except TypeError as e:
    print(describe(e))
