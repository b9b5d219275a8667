from dataclasses import dataclass, field


@dataclass
class Odd:
    self: int
    other: int = 0


o = Odd(1, 2)
print(o, o.self)
print(Odd(self=5))
print(Odd.__doc__)


@dataclass(frozen=True)
class OddFrozen:
    self: str
    object: str = "o"


print(OddFrozen("s"), OddFrozen(object="x", self="y"))


@dataclass
class Builtins:
    list: list = field(default_factory=list)
    dict: dict = field(default_factory=dict)
    type: str = "t"
    id: int = 0
    hash: int = 1


b = Builtins()
print(b, b == Builtins(), Builtins(id=3).id)


@dataclass(order=True, unsafe_hash=True)
class Keywordy:
    other: int
    name: str = "n"


print(Keywordy(1) < Keywordy(2), hash(Keywordy(1)) == hash((1, "n")))
