from typing import Generic, TypeVar, Protocol, Iterator, runtime_checkable
T = TypeVar("T")

@runtime_checkable
class SupportsLen(Protocol):
    def __len__(self) -> int: ...

class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        return self._items.pop()

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return iter(reversed(self._items))

s: Stack[int] = Stack[int]()
for i in range(3):
    s.push(i)
print(list(s), len(s), s.pop(), isinstance(s, SupportsLen), isinstance(3, SupportsLen))
print(s.__orig_class__, Stack.__parameters__)
