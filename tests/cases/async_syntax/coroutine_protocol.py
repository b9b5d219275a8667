class Sleep:
    """An awaitable that yields control once, like an event loop would need."""

    def __init__(self, label):
        self.label = label

    def __await__(self):
        got = yield self.label
        return f"{self.label}:{got}"


async def step(name):
    a = await Sleep(name + "1")
    b = await Sleep(name + "2")
    return [a, b]


async def outer():
    r = await step("x")
    try:
        await Sleep("boom")
    except RuntimeError as e:
        r.append(f"handled {e}")
    return r


coro = outer()
print(type(coro).__name__, coro.__name__)
print(coro.send(None))
print(coro.send("A"))
print(coro.send("B"))
print(coro.throw(RuntimeError("injected")) if False else "skip")
try:
    coro.throw(RuntimeError, RuntimeError("injected"))
except StopIteration as e:
    print("result", e.value)


async def no_await():
    return 42


c = no_await()
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def bad():
    await 5


try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)
