class FailsOnEnter:
    def __enter__(self):
        print("  entering")
        raise RuntimeError("cannot acquire")

    def __exit__(self, *args):
        print("  __exit__ should NOT run")
        return True


try:
    with FailsOnEnter():
        print("  body should NOT run")
except RuntimeError as e:
    print("RuntimeError:", e)


class Ok:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"  enter {self.name}")
        return self

    def __exit__(self, et, ev, tb):
        print(f"  exit {self.name} with {et.__name__ if et else None}")
        return False


try:
    with Ok("outer"), FailsOnEnter():
        print("  body")
except RuntimeError as e:
    print("RuntimeError:", e)


class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        raise KeyError("from exit")


try:
    with ExitRaises():
        raise ValueError("from body")
except KeyError as e:
    print("KeyError:", e, "| context:", type(e.__context__).__name__, e.__context__)


class EnterReturnsOther:
    def __enter__(self):
        return [1, 2, 3]

    def __exit__(self, *a):
        pass


with EnterReturnsOther() as value:
    print(value, type(value).__name__)


def gen_in_with():
    with Ok("gen"):
        yield 1
        yield 2


g = gen_in_with()
print(next(g))
print(next(g))
print(next(g, "exhausted"))


class Reentrant:
    depth = 0

    def __enter__(self):
        Reentrant.depth += 1
        return Reentrant.depth

    def __exit__(self, *a):
        Reentrant.depth -= 1


r = Reentrant()
with r as d1:
    with r as d2:
        print(d1, d2, Reentrant.depth)
print(Reentrant.depth)
