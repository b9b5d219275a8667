import typing
from typing import ClassVar
from dataclasses import dataclass, fields


@dataclass
class Config:
    registry: "ClassVar[dict]" = {}
    version: "typing.ClassVar[int]" = 2
    plain: typing.ClassVar = "shared"
    bare: ClassVar = 1.5
    name: str = "cfg"
    items: "list[ClassVar]" = ()


print([f.name for f in fields(Config)])
print({name: f._field_type for name, f in Config.__dataclass_fields__.items()})
print(Config(), Config.registry, Config.version, Config.plain, Config.bare)
print(Config.__doc__)
