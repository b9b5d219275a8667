from typing import Generic, TypeVar, Dict


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


K = TypeVar("K")
V = TypeVar("V")

class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V) -> None:
        self.k, self.v = k, v

    def __repr__(self):
        return f"Pair({self.k!r}, {self.v!r})"

attempt(lambda: Pair[int])
print(Pair[int, str], Pair[int, V], Pair[int, V][str], Pair[K, V].__parameters__)
print(Pair[int, Dict[K, V]].__parameters__)
print(Pair[str, int]("a", 1))

class IntPair(Pair[int, int]):
    pass

print(IntPair.__parameters__, IntPair.__orig_bases__, IntPair.__mro__)
attempt(lambda: IntPair[int])

class KeyedPair(Pair[str, V]):
    pass

print(KeyedPair.__parameters__, KeyedPair[float])
