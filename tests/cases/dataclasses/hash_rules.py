from dataclasses import dataclass, field


def describe(cls):
    h = cls.__dict__.get("__hash__", "absent")
    if h is None:
        return "None"
    if h == "absent":
        return "inherited"
    return "generated" if h.__qualname__ == cls.__qualname__ + ".__hash__" else "own"


results = []
for unsafe_hash in (False, True):
    for eq in (False, True):
        for frozen in (False, True):
            for explicit in (False, True):
                ns = {"__annotations__": {"x": int}}
                if explicit:
                    ns["__hash__"] = lambda self: 42
                cls = type("C", (), ns)
                try:
                    dataclass(unsafe_hash=unsafe_hash, eq=eq, frozen=frozen)(cls)
                except TypeError as e:
                    outcome = f"TypeError: {e}"
                else:
                    outcome = describe(cls)
                print(f"unsafe_hash={unsafe_hash!s:5} eq={eq!s:5} frozen={frozen!s:5} "
                      f"explicit={explicit!s:5} -> {outcome}")


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str
    note: str = ""


print(hash(Key(1, "x")) == hash((1, "x", "")))


@dataclass(frozen=True)
class Partial:
    a: int
    b: int = 0
    c: list = field(default_factory=list, hash=False)
    d: int = field(default=0, compare=False, hash=True)


print(hash(Partial(1, 2, [5], 7)) == hash((1, 2, 7)))


@dataclass
class EqDefinesNone:
    x: int
    __hash__ = None


print(EqDefinesNone.__hash__)


@dataclass
class Explicit:
    x: int

    def __eq__(self, other):
        return NotImplemented
    __hash__ = None


print(Explicit.__hash__)
