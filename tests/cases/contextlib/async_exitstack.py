from contextlib import AsyncExitStack, asynccontextmanager, contextmanager


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


class AsyncResource:
    def __init__(self, name, log):
        self.name, self.log = name, log

    async def __aenter__(self):
        self.log.append(f"aenter {self.name}")
        return self.name

    async def __aexit__(self, *exc):
        self.log.append(f"aexit {self.name} {exc[0].__name__ if exc[0] else None}")
        return False


@contextmanager
def sync_resource(name, log):
    log.append(f"enter {name}")
    yield name
    log.append(f"exit {name}")


async def main():
    log = []

    async def async_cb(tag):
        log.append(f"async callback {tag}")

    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(AsyncResource("a", log))
        b = stack.enter_context(sync_resource("b", log))
        stack.push_async_callback(async_cb, "one")
        stack.callback(log.append, "sync callback")

        async def aexit_like(exc_type, exc, tb):
            log.append(f"push_async_exit {exc_type}")
        stack.push_async_exit(aexit_like)
        stack.push_async_exit(AsyncResource("pushed", log))
        log.append(f"body {a} {b}")
    print("\n".join(log))

    log.clear()
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(AsyncResource("x", log))

            async def suppress(exc_type, exc, tb):
                log.append(f"suppressing {exc_type.__name__}")
                return True
            stack.push_async_exit(suppress)
            raise ValueError("boom")
    except ValueError:
        log.append("not reached")
    print(log)

    log.clear()
    stack = AsyncExitStack()
    await stack.enter_async_context(AsyncResource("later", log))
    moved = stack.pop_all()
    await stack.aclose()
    log.append("first aclose done")
    await moved.aclose()
    print(log)

    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(object())
    except TypeError as e:
        print("TypeError:", e)

    async def failing():
        raise KeyError("cb failed")
    try:
        async with AsyncExitStack() as stack:
            stack.push_async_callback(failing)
            raise ValueError("body")
    except KeyError as e:
        print("KeyError:", e, "context:", repr(e.__context__))
    return "ok"


print(run(main()))
