from dataclasses import dataclass, field, fields


@dataclass(slots=True)
class Vec:
    x: float
    y: float = 0.0


v = Vec(1.5)
print(v, Vec.__slots__, "__dict__" in dir(v), hasattr(v, "__dict__"))
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError")
v.y = 2.5
print(v, v == Vec(1.5, 2.5))
print(Vec.__qualname__, Vec.__init__.__qualname__)
print([f.name for f in fields(Vec)])


@dataclass(slots=True, frozen=True)
class Frozen:
    a: int
    b: int = 2


f = Frozen(1)
print(f, hash(f) == hash((1, 2)), f.__getstate__())
try:
    f.a = 5
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass(slots=True)
class WithDefaults:
    name: str
    hidden: int = field(init=False, default=7)
    items: list = field(default_factory=list)


w = WithDefaults("w")
print(w, w.hidden)


def already_slotted():
    @dataclass(slots=True)
    class Twice:
        __slots__ = ("x",)
        x: int


try:
    already_slotted()
except TypeError as e:
    print("TypeError:", e)


@dataclass(slots=True)
class Base:
    x: int


@dataclass(slots=True)
class Child(Base):
    y: int


print(Child(1, 2), Child.__slots__)


@dataclass(slots=True, weakref_slot=True)
class Weak:
    x: int


print(Weak.__slots__)
