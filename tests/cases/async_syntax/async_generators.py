import types

class Sleep:
    def __await__(self):
        v = yield "tick"
        return v

async def agen(n):
    for i in range(n):
        got = await Sleep()
        yield (i, got)
    print("agen done")

async def main():
    out = []
    async for x in agen(3):
        out.append(x)
    print(out)
    g = agen(2)
    print(await g.__anext__())
    print(await g.asend(None))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("stop")
    g2 = agen(5)
    print(await anext(g2))
    await g2.aclose()
    print("closed")
    async def tgen():
        try:
            yield 1
        except ValueError as e:
            yield f"caught {e}"
    t = tgen()
    print(await t.__anext__(), await t.athrow(ValueError("x")))
    print("skip-comp")
    return "main result"

def run(coro):
    v = None
    while True:
        try:
            r = coro.send(v)
            v = r + "!"
        except StopIteration as e:
            return e.value

print(run(main()))
