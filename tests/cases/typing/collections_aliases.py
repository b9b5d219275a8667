from typing import DefaultDict, OrderedDict, Counter, Deque, ChainMap
d = DefaultDict(int)
d["a"] += 1
print(d, type(d).__name__)
o = OrderedDict([("x", 1)])
print(o)
c = Counter("hello")
print(c.most_common(1))
q = Deque([1, 2, 3], maxlen=2)
print(q)
print(ChainMap({"a": 1}, {"b": 2})["b"])
dd = DefaultDict[str, list](list)
dd["k"].append(1)
print(dict(dd), type(dd).__name__)
