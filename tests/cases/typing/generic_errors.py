from typing import Generic, TypeVar, List


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


T = TypeVar("T")
K = TypeVar("K")
attempt(lambda: Generic[int])
attempt(lambda: Generic[T, T])
attempt(lambda: Generic[()])
def plain():
    class Bad(Generic):
        pass
attempt(plain)
def missing():
    class Bad(Generic[T], List[K]):
        pass
attempt(missing)
def twice():
    class Bad(Generic[T], Generic[K]):
        pass
attempt(twice)
print(type(Generic()).__name__)
attempt(lambda: Generic[T][int])
