from contextlib import aclosing


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


class Stream:
    def __init__(self):
        self.closed = False

    async def aclose(self):
        print("stream aclose")
        self.closed = True


async def ticker(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("ticker finalized")


async def main():
    async with aclosing(Stream()) as s:
        print("inside", s.closed)
    print("after", s.closed)
    async with aclosing(ticker(10)) as t:
        async for value in t:
            print("tick", value)
            if value == 2:
                break
    print("loop left")
    return "done"


print(run(main()))
