class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10


class Session:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("open", self.name)
        return self

    async def __aexit__(self, et, e, tb):
        print("close", self.name, et.__name__ if et else None)
        return et is KeyError


async def main():
    total = 0
    async for v in Ticker(3):
        total += v
    else:
        print("loop done", total)
    async with Session("a") as s:
        print("inside", s.name)
    async with Session("b"):
        raise KeyError("swallowed")
    try:
        async with Session("c"):
            raise ValueError("kept")
    except ValueError as e:
        print("caught", e)
    async for v in Ticker(5):
        if v == 30:
            break
    print("broke at", v)
    return total


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


print(run(main()))
