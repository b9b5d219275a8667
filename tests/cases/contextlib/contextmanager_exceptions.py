from contextlib import contextmanager


@contextmanager
def swallow(*kinds):
    try:
        yield
    except kinds as e:
        print("swallowed", type(e).__name__, e)


with swallow(ValueError):
    raise ValueError("bad value")
print("after swallow")
try:
    with swallow(ValueError):
        raise KeyError("key")
except KeyError as e:
    print("escaped", repr(e))


@contextmanager
def translate():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("translated") from e


try:
    with translate():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, type(e.__context__).__name__)


@contextmanager
def cleanup_only():
    print("setup")
    try:
        yield
    finally:
        print("cleanup")


try:
    with cleanup_only():
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e)


@contextmanager
def reraise():
    try:
        yield
    except Exception as e:
        print("seen", e)
        raise


try:
    with reraise():
        raise TypeError("tt")
except TypeError as e:
    print("caught again", e, e.__context__)


@contextmanager
def replace_error():
    try:
        yield
    except Exception:
        raise LookupError("replacement")


try:
    with replace_error():
        raise IndexError("original")
except LookupError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))


@contextmanager
def fails_on_enter():
    raise OSError("cannot open")
    yield


try:
    with fails_on_enter():
        print("never")
except OSError as e:
    print("enter failed:", e)


@contextmanager
def fails_on_exit():
    yield
    raise OSError("cannot close")


try:
    with fails_on_exit():
        print("body ran")
except OSError as e:
    print("exit failed:", e)
try:
    with fails_on_exit():
        raise ValueError("body error")
except ValueError as e:
    print("body error wins:", e)


@contextmanager
def keyboard():
    try:
        yield
    except BaseException as e:
        print("saw", type(e).__name__)
        raise


for exc in (KeyboardInterrupt, SystemExit(3), GeneratorExit):
    try:
        with keyboard():
            raise exc
    except BaseException as e:
        print("propagated", type(e).__name__, e.args)
