from typing import List, Dict, Set, FrozenSet, Type, Deque, DefaultDict
print(List, Dict, Set, FrozenSet, Type, Deque, DefaultDict)
print(List[int], Dict[str, List[int]], Set[bytes], FrozenSet[str], Type[int])
print(Deque[float], DefaultDict[str, int])
print(List["Node"])
print(List[None], Dict[str, int | None], List[list[int]])
