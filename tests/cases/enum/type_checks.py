from enum import Enum, EnumMeta, EnumType, IntEnum, Flag, IntFlag, StrEnum, ReprEnum
class Color(Enum):
    RED = 1
print(type(Color), EnumMeta is EnumType, isinstance(Color, EnumMeta), isinstance(Color.RED, Color))
print(issubclass(IntEnum, int), issubclass(IntFlag, Flag), issubclass(StrEnum, ReprEnum))
print(Color.RED.__class__, type(Color.RED).__mro__)
print(IntEnum.__mro__)
print(IntFlag.__mro__)
