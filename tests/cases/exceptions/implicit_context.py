def cleanup():
    raise OSError("cleanup failed")

try:
    try:
        1 / 0
    except ZeroDivisionError:
        cleanup()
except OSError as e:
    print("caught:", e)
    print("context:", type(e.__context__).__name__, e.__context__)
    print("cause:", e.__cause__)

try:
    try:
        raise ValueError("a")
    finally:
        raise KeyError("b")
except KeyError as e:
    print(repr(e), "context", repr(e.__context__))

try:
    try:
        raise ValueError("first")
    except ValueError as first:
        try:
            raise TypeError("second")
        except TypeError as second:
            raise IndexError("third")
except IndexError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__context__
    print(" <- ".join(chain))

try:
    raise ValueError("no context")
except ValueError as e:
    print(e.__context__, e.__cause__)

def h():
    try:
        raise KeyError(1)
    except KeyError as e:
        err = e
    return err

x = h()
print(repr(x), x.__context__)
