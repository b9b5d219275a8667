from typing import Protocol, runtime_checkable


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)



@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...

class P2(Protocol):
    x: int
    def meth(self) -> int: ...

class File:
    def close(self):
        print("closed")

attempt(lambda: isinstance(File(), Closer))
attempt(lambda: isinstance(1, Closer))
attempt(lambda: isinstance(File(), P2))
attempt(lambda: issubclass(File, Closer))
attempt(lambda: issubclass(int, Closer))
attempt(lambda: Closer())
attempt(lambda: P2())
print(Closer.__mro__, type(Closer).__name__)
