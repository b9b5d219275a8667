from enum import Enum, auto
class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()
print(list(Ordinal))
class Mixed(Enum):
    A = 10
    B = auto()
    C = auto()
print(list(Mixed))
print(repr(auto()))
