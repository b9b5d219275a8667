from typing import List, Dict, TypeVar, Mapping, Iterable, Iterator
T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")

class MyList(List[T]):
    pass

class MyDict(Dict[str, int]):
    pass

print(MyList.__mro__, MyList.__parameters__, MyList[int])
print(MyDict.__mro__)
m = MyList([1, 2])
m.append(3)
print(m, len(m))

class M(Mapping[K, V]):
    def __init__(self, d):
        self.d = d
    def __getitem__(self, k):
        return self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)

print(M.__parameters__, M[int, str])
mm = M({"a": 1})
print(dict(mm), "a" in mm, mm.get("b", 0))

class Count(Iterable[int]):
    def __iter__(self) -> Iterator[int]:
        yield from range(3)

print(list(Count()), Count.__mro__)
