import io
from contextlib import ExitStack, redirect_stdout, nullcontext, closing, suppress


class Tracker:
    opened = []

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Tracker.opened.append(self.name)
        return self

    def __exit__(self, *exc):
        Tracker.opened.remove(self.name)

    def close(self):
        print("closing", self.name)


def handle(names, capture=False, ignore=()):
    result = "suppressed"
    with ExitStack() as stack:
        out = stack.enter_context(redirect_stdout(io.StringIO())) if capture else None
        stack.enter_context(suppress(*ignore))
        trackers = [stack.enter_context(Tracker(n)) for n in names]
        stack.enter_context(closing(Tracker("closer")))
        print("open now:", Tracker.opened)
        if "explode" in names:
            raise KeyError("explode")
        result = len(trackers)
    if out is not None:
        print("captured:", out.getvalue().strip())
    return result


print(handle(["a", "b"]))
print(handle(["c"], capture=True))
print(handle(["d", "explode"], ignore=(KeyError,)))
try:
    handle(["e", "explode"])
except KeyError as e:
    print("KeyError", e, "open:", Tracker.opened)

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "unwinding", i)
    cm = stack.enter_context(nullcontext("n"))
    print("entered", cm, len(stack._exit_callbacks))

with ExitStack() as outer:
    inner = outer.enter_context(ExitStack())
    inner.callback(print, "inner callback")
    outer.callback(print, "outer callback")
print("nested stacks done")
