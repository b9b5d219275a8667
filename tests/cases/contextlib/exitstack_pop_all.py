from contextlib import ExitStack


class Conn:
    def __init__(self, name, fail=False):
        if fail:
            raise ConnectionError(f"cannot connect {name}")
        self.name = name
        print("connected", name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("disconnected", self.name)


def connect_all(names, fail_on=None):
    """Connect to everything or nothing: on failure the ones already opened are closed."""
    with ExitStack() as stack:
        conns = [stack.enter_context(Conn(n, fail=(n == fail_on))) for n in names]
        keep = stack.pop_all()
    return conns, keep


conns, keep = connect_all(["a", "b", "c"])
print([c.name for c in conns])
print("still open; now closing")
keep.close()

try:
    connect_all(["x", "y", "z"], fail_on="z")
except ConnectionError as e:
    print("failed:", e)

outer = ExitStack()
outer.callback(print, "first registered")
moved = outer.pop_all()
print(type(moved).__name__, len(outer._exit_callbacks), len(moved._exit_callbacks))
outer.close()
print("outer closed (nothing ran)")
with moved:
    print("in moved")


class MyStack(ExitStack):
    pass


s = MyStack()
print(type(s.pop_all()).__name__)
