from typing import Generic, TypeVar


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


T = TypeVar("T")

class Box(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v

    def get(self) -> T:
        return self.v

print(Box, Box[int], Box.__parameters__, Box[int].__args__, Box[int].__origin__)
print(Box.__orig_bases__, Box.__mro__)
b = Box[int](3)
print(b.get(), b.__orig_class__, type(b))
print(Box("x").get())
attempt(lambda: Box[int, str])
attempt(lambda: isinstance(b, Box))
attempt(lambda: isinstance(b, Box[int]))
print(Box[int] == Box[int], Box[int] == Box[str])
