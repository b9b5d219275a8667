from dataclasses import dataclass, field, InitVar, KW_ONLY
import dataclasses


@dataclass
class Documented:
    "Has its own docstring."
    x: int


@dataclass
class Point:
    x: int
    y: float = 0.0


class Unit:
    pass


@dataclass
class Rich:
    a: list[int]
    b: dict[str, list[int]] = None
    c: Unit = field(default_factory=Unit)
    d: "Unit" = None
    e: InitVar[int] = 0
    f: tuple = (1, "two")
    _: KW_ONLY
    g: object = print
    h: str = "h"


@dataclass
class NoAnnotationsUsed:
    pass


@dataclass(init=False)
class NoInit:
    x: int


@dataclass
class OwnInit:
    x: int

    def __init__(self, value, *rest, flag=False, **extra):
        self.x = value


for cls in (Documented, Point, Rich, NoAnnotationsUsed, NoInit, OwnInit):
    print(cls.__doc__)
print(Rich.__init__.__annotations__["e"], Rich.__init__.__annotations__["return"])
print(dataclasses.field.__doc__ is not None, dataclasses.dataclass.__doc__ is not None)
