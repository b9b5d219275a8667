from contextlib import ContextDecorator, ExitStack


class Timer(ContextDecorator):
    """A one-shot timer: each decorated call gets its own copy via _recreate_cm."""

    created = 0

    def __init__(self, label):
        self.label = label
        self.entered = False
        Timer.created += 1
        self.number = Timer.created

    def _recreate_cm(self):
        return Timer(self.label)

    def __enter__(self):
        if self.entered:
            raise RuntimeError("timer already used")
        self.entered = True
        print(f"start {self.label} #{self.number}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"stop {self.label} #{self.number}", exc_type.__name__ if exc_type else "")
        return exc_type is LookupError


@Timer("job")
def job(n):
    if n < 0:
        raise LookupError("negative")
    return n * 2


print(job(1), job(2), job(-1))
print(job.__name__, job.__wrapped__.__name__)
t = Timer("manual")
with t:
    pass
try:
    with t:
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


class Stack(ExitStack, ContextDecorator):
    pass


@Stack()
def uses_stack():
    print("inside stack-decorated function")


uses_stack()


class Counting(ContextDecorator):
    def __init__(self):
        self.depth = 0

    def __enter__(self):
        self.depth += 1
        print("depth", self.depth)

    def __exit__(self, *exc):
        self.depth -= 1


counting = Counting()


@counting
def recurse(n):
    if n:
        recurse(n - 1)


recurse(2)
print("final depth", counting.depth)
