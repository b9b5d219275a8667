from typing import get_type_hints, ClassVar, Final, Annotated, TypedDict, NamedTuple, Required, NotRequired

class Settings:
    cv: ClassVar[int] = 3
    f: Final = 3
    ann: Annotated[int, "x"]
    s: "ClassVar[str]" = "a"

print(get_type_hints(Settings))
print(get_type_hints(Settings, include_extras=True))

class TDm(TypedDict):
    a: Required[int]
    b: NotRequired["str"]

print(get_type_hints(TDm), get_type_hints(TDm, include_extras=True))

class NT(NamedTuple):
    a: "int"
    b: "list[str]"

print(get_type_hints(NT))

class Meth:
    def go(self, n: "int") -> "Meth":
        return self

print(get_type_hints(Meth.go), get_type_hints(Meth().go))
