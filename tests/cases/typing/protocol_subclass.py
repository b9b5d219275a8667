from typing import Protocol, TypeVar, runtime_checkable


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


T = TypeVar("T")

class Closer(Protocol):
    def close(self) -> None:
        print("default close")

class Impl(Closer):
    pass

Impl().close()
print(Impl.__mro__, type(Impl).__name__, Impl._is_protocol)

class GP(Protocol[T]):
    def get(self) -> T: ...

print(GP[int], GP.__parameters__, GP.__mro__)
attempt(lambda: runtime_checkable(Impl))
attempt(lambda: runtime_checkable(int))
def bad():
    class Bad(Protocol, int):
        pass
attempt(bad)

class Init(Closer):
    def __init__(self, n):
        self.n = n

print(Init(4).n)
