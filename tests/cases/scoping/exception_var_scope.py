e = "module e"
try:
    raise ValueError("boom")
except ValueError as e:
    print("caught", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)

saved = None
try:
    int("x")
except ValueError as exc:
    saved = exc
print(type(saved).__name__, saved)
print("exc" in globals())


def func():
    err = "local before"
    try:
        1 / 0
    except ZeroDivisionError as err:
        msg = str(err)
    try:
        return err
    except UnboundLocalError as u:
        return f"UnboundLocalError: {u} / msg={msg}"


print(func())


def nested_handlers():
    try:
        try:
            raise KeyError("inner")
        except KeyError as e:
            raise RuntimeError("outer") from e
    except RuntimeError as e:
        return repr(e), repr(e.__cause__)


print(nested_handlers())


def reuse_name():
    out = []
    for i in range(2):
        try:
            raise IndexError(i)
        except IndexError as problem:
            out.append(problem.args[0])
    return out, "problem" in locals()


print(reuse_name())

try:
    raise TypeError("t")
except TypeError as e2:
    e2_copy = e2
    del e2
print(e2_copy)
