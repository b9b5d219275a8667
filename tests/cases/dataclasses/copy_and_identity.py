import copy
from dataclasses import dataclass, field, replace


@dataclass
class Leaf:
    value: int


@dataclass
class Tree:
    name: str
    leaves: list = field(default_factory=list)


t = Tree("t", [Leaf(1), Leaf(2)])
shallow = copy.copy(t)
deep = copy.deepcopy(t)
print(shallow == t, deep == t, shallow is t, deep is t)
print(shallow.leaves is t.leaves, deep.leaves is t.leaves, deep.leaves[0] is t.leaves[0])
t.leaves[0].value = 100
print(shallow.leaves[0].value, deep.leaves[0].value)
r = replace(t, name="r")
print(r.leaves is t.leaves, r)


@dataclass(frozen=True)
class Frozen:
    items: tuple
    tag: str = "f"


f = Frozen((1, 2))
print(copy.copy(f) == f, copy.deepcopy(f) == f, copy.deepcopy(f))


@dataclass(slots=True)
class Slotted:
    a: int
    b: list = field(default_factory=list)


s = Slotted(1, [1])
s2 = copy.deepcopy(s)
s2.b.append(2)
print(s, s2, copy.copy(s) == s)
print(vars(Leaf(3)), Leaf(3).__dict__)
