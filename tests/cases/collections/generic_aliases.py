from collections import deque, defaultdict, OrderedDict, Counter, ChainMap
from collections import abc

print(deque[int], defaultdict[str, list], OrderedDict[str, int], Counter[str], ChainMap[str, int])
print(abc.Mapping[str, int], abc.Iterable[int], abc.Sequence[str], abc.MutableMapping[str, float])
alias = deque[int]
print(alias.__origin__, alias.__args__)
d = alias([1, 2])
print(d, type(d))

def total(counts: Counter[str]) -> int:
    return counts.total()
print(total(Counter('aab')), total.__annotations__['counts'])
