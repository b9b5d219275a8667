from typing import Generic, TypeVar, List, Dict
T = TypeVar("T")
U = TypeVar("U")

class Base(Generic[T]):
    def ident(self, x: T) -> T:
        return x

class Middle(Base[T], Generic[T, U]):
    pass

class Leaf(Middle[int, str]):
    pass

print(Base.__parameters__, Middle.__parameters__, Leaf.__parameters__)
print(Middle.__orig_bases__, Leaf.__orig_bases__)
print([c.__name__ for c in Leaf.__mro__])
print(Leaf().ident(5), Middle[int, U], Middle[int, U][bytes])

class Swap(Base[Dict[U, T]]):
    pass
print(Swap.__parameters__, Swap[int, str])
