from collections import namedtuple, OrderedDict
from dataclasses import dataclass, field, asdict, astuple


Pair = namedtuple("Pair", "left right")


@dataclass
class Inner:
    value: int
    tags: list = field(default_factory=list)


@dataclass
class Outer:
    name: str
    inner: Inner
    many: list
    mapping: dict
    pair: Pair
    pairs: tuple = ()


o = Outer("top", Inner(1, ["a"]), [Inner(2), Inner(3, ["b", "c"])],
          {"k": Inner(4), Inner.__name__: [Inner(5)]}, Pair(Inner(6), 7), (Inner(8),))
d = asdict(o)
print(d)
print(type(d["pair"]).__name__, d["pair"].left)
print(astuple(o))
print(asdict(o, dict_factory=OrderedDict)["inner"])
print(astuple(Inner(1, [2]), tuple_factory=list))
d["inner"]["tags"].append("changed")
print(o.inner.tags)
print(asdict(Inner(1, [[1, 2], {"x": (3, 4)}])))
for bad in (Inner, 3, {"a": 1}):
    for func in (asdict, astuple):
        try:
            func(bad)
        except TypeError as e:
            print("TypeError:", e)


class NotFrozenList(list):
    pass


@dataclass
class Holder:
    items: NotFrozenList


h = asdict(Holder(NotFrozenList([Inner(1)])))
print(h, type(h["items"]).__name__)
print(asdict(Inner(1), dict_factory=lambda pairs: [k for k, v in pairs]))
