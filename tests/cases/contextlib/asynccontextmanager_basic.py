from contextlib import asynccontextmanager


class Sleep:
    """An awaitable that suspends the coroutine once, like a zero-length sleep."""

    def __await__(self):
        yield "tick"


def run(coro):
    """A tiny event loop: keep sending into the coroutine until it finishes."""
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as stop:
        print(f"  (loop ran {ticks} ticks)")
        return stop.value


@asynccontextmanager
async def session(name):
    print("open", name)
    await Sleep()
    try:
        yield f"session:{name}"
    finally:
        await Sleep()
        print("close", name)


async def main():
    async with session("a") as s:
        print("using", s)
        await Sleep()
    async with session("b") as s1, session("c") as s2:
        print("using", s1, s2)
    return "main done"


print(run(main()))


@asynccontextmanager
async def handler():
    try:
        yield
    except KeyError as e:
        print("handled", e)


async def errors():
    async with handler():
        raise KeyError("missing")
    try:
        async with handler():
            raise ValueError("not handled")
    except ValueError as e:
        print("escaped", e)
    return "errors done"


print(run(errors()))


@asynccontextmanager
async def no_yield():
    if False:
        yield


@asynccontextmanager
async def two_yields():
    yield
    yield


async def protocol():
    for factory in (no_yield, two_yields):
        try:
            async with factory():
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)
    try:
        async with two_yields():
            raise IndexError("i")
    except IndexError as e:
        print("IndexError passes:", e)

    @asynccontextmanager
    async def stubborn():
        try:
            yield
        except Exception:
            yield

    try:
        async with stubborn():
            raise OSError("x")
    except RuntimeError as e:
        print("RuntimeError:", e)


run(protocol())


@session("decorated")
async def decorated(x):
    print("decorated body", x)
    return x * 2


print(run(decorated(21)))
print(session.__name__, type(session("z")).__name__)
