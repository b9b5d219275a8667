import dataclasses
from dataclasses import dataclass


class A:
    x: int = 1


B = dataclass(A)
print(B is A, A())


@dataclass()
class C:
    y: int = 2


print(C())

make_frozen = dataclass(frozen=True)
print(callable(make_frozen))


@make_frozen
class D:
    z: int = 3


print(D(), hash(D()) == hash((3,)))


@dataclasses.dataclass(eq=True, repr=True)
class E:
    w: str = "w"


print(E())
try:
    dataclass(int, 3)
except TypeError as e:
    print("TypeError:", e)
print(dataclasses.__all__)
print([name for name in ("dataclass", "field", "Field", "fields", "asdict", "astuple",
                         "make_dataclass", "replace", "is_dataclass", "FrozenInstanceError",
                         "InitVar", "KW_ONLY", "MISSING") if hasattr(dataclasses, name)])
