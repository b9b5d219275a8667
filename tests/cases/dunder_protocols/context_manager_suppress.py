class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        name = exc_type.__name__ if exc_type else None
        print(f"exit: type={name} value={exc!r} tb={'yes' if tb else 'no'}")
        return exc_type is not None and issubclass(exc_type, self.types)


with Suppress(KeyError) as s:
    print("body", type(s).__name__)
print("after clean exit")

with Suppress(KeyError):
    {}["missing"]
    print("not printed")
print("after suppressed KeyError")

with Suppress(LookupError):
    [][1]
print("after suppressed IndexError via base class")

try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("caught outside:", e)


def early_return():
    with Suppress():
        return "returned from inside with"


print(early_return())

for i in range(3):
    with Suppress():
        if i == 1:
            continue
        print("loop body", i)


class Truthy:
    def __enter__(self):
        return None

    def __exit__(self, *args):
        return "yes"


with Truthy():
    raise RuntimeError("swallowed by truthy __exit__")
print("truthy return suppresses")


class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log

    def __enter__(self):
        self.log.append(f"open {self.name}")
        return self.name

    def __exit__(self, et, ev, tb):
        self.log.append(f"close {self.name} ({et.__name__ if et else 'ok'})")
        return False


log = []
try:
    with Resource("a", log) as a, Resource("b", log) as b:
        log.append(f"use {a}+{b}")
        raise OSError("disk")
except OSError:
    log.append("handled OSError")
print(log)


class ReplaceError:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is ZeroDivisionError:
            raise ArithmeticError("translated") from ev
        return False


try:
    with ReplaceError():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__)


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
