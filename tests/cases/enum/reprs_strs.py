from enum import Enum, IntEnum, StrEnum
class Color(Enum):
    RED = 1
    NAME = 'x'
class Num(IntEnum):
    ONE = 1
class Word(StrEnum):
    HI = 'hi'
for m in (Color.RED, Color.NAME, Num.ONE, Word.HI):
    print(repr(m), str(m), format(m), f"[{m}]", "%s" % m)
print(Color, Num, Word)
