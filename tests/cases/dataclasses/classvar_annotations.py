from dataclasses import dataclass, field, fields
from typing import ClassVar


@dataclass
class Counter:
    instances: ClassVar[int] = 0
    registry: ClassVar[list] = []
    name: str = "c"

    def __post_init__(self):
        Counter.instances += 1
        Counter.registry.append(self.name)


Counter("a")
Counter("b")
print(Counter.instances, Counter.registry)
print([f.name for f in fields(Counter)])
print(Counter.__dataclass_fields__["instances"]._field_type)
print(Counter.__doc__)
print(Counter.__match_args__)


def classvar_with_factory():
    @dataclass
    class Bad:
        x: ClassVar[list] = field(default_factory=list)


def classvar_with_kw_only():
    @dataclass
    class Bad:
        x: ClassVar[int] = field(default=1, kw_only=True)


for build in (classvar_with_factory, classvar_with_kw_only):
    try:
        build()
    except TypeError as e:
        print("TypeError:", e)
