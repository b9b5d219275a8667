import dataclasses
from dataclasses import dataclass, fields, InitVar, KW_ONLY


@dataclass
class Forward:
    name: "str"
    parent: "Forward | None" = None
    scale: "InitVar[float]" = 1.0
    size: "dataclasses.InitVar[int]" = 0
    _: "KW_ONLY"
    flag: "bool" = False
    level: "int" = 3

    def __post_init__(self, scale, size):
        self.computed = scale * size


f = Forward("a", None, 2.0, 3, flag=True)
print(f, f.computed)
print([(x.name, x.type, x._field_type) for x in Forward.__dataclass_fields__.values()])
print([x.name for x in fields(Forward)])
print(Forward.__doc__)
print(Forward.__init__.__annotations__)
print(Forward.__match_args__)


@dataclass
class NotSpecial:
    a: "initvar[int]" = 1
    b: "  InitVar [int]" = 2
    c: "Other.InitVar[int]" = 3
    d: "" = 4


print([(x.name, x._field_type) for x in NotSpecial.__dataclass_fields__.values()])


@dataclass
class PrefixOnly:
    a: int
    marker: "dataclasses.KW_ONLY and trailing text"
    b: int = 0


print(PrefixOnly(1, b=2), PrefixOnly.__doc__)
