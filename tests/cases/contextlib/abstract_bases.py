from contextlib import (AbstractContextManager, AbstractAsyncContextManager, ExitStack,
                        nullcontext, suppress, closing, redirect_stdout, contextmanager)


class Duck:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


class HalfDuck:
    def __enter__(self):
        return self


class Blocked(Duck):
    __exit__ = None


class AsyncDuck:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return None


@contextmanager
def gen():
    yield


for obj in (Duck(), HalfDuck(), Blocked(), AsyncDuck(), ExitStack(), nullcontext(),
            suppress(), closing(None), redirect_stdout(None), gen(), open.__class__, 3):
    print(type(obj).__name__, isinstance(obj, AbstractContextManager),
          isinstance(obj, AbstractAsyncContextManager))
print(issubclass(Duck, AbstractContextManager), issubclass(int, AbstractContextManager))


class Concrete(AbstractContextManager):
    def __exit__(self, *exc):
        print("Concrete exit")


with Concrete() as c:
    print("enter returns self:", type(c).__name__)


class Incomplete(AbstractContextManager):
    pass


try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)


class IncompleteAsync(AbstractAsyncContextManager):
    pass


try:
    IncompleteAsync()
except TypeError as e:
    print("TypeError:", e)


class Registered:
    pass


AbstractContextManager.register(Registered)
print(isinstance(Registered(), AbstractContextManager), issubclass(Registered, AbstractContextManager))
print(AbstractContextManager.__exit__(None, None, None, None))
print(AbstractContextManager[int])


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


class ConcreteAsync(AbstractAsyncContextManager):
    async def __aexit__(self, *exc):
        print("ConcreteAsync exit", exc[0])


async def main():
    async with ConcreteAsync() as a:
        print("aenter returns self:", type(a).__name__)
    return "done"


print(run(main()))
