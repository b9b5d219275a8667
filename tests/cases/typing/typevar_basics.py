from typing import TypeVar


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


T = TypeVar("T")
S = TypeVar("S", int, str)
B = TypeVar("B", bound=int, covariant=True)
C = TypeVar("C", contravariant=True)
print(T, S, B, C)
print(T.__name__, S.__constraints__, B.__bound__, B.__covariant__, T.__bound__, T.__module__)
print(T.__covariant__, T.__contravariant__, C.__contravariant__)
attempt(lambda: TypeVar("X", int))
attempt(lambda: TypeVar("X", int, bound=str))
attempt(lambda: TypeVar("X", covariant=True, contravariant=True))
attempt(lambda: isinstance(1, T))
print(T | int, T | None)
