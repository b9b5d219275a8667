from enum import Enum, IntEnum
class Color(Enum):
    RED = 1
class Num(IntEnum):
    TEN = 10
print(f"{Color.RED:>12}|{Color.RED:<12}|{Color.RED:^13}|")
print(f"{Num.TEN:04d} {Num.TEN:x} {Num.TEN:>5} {Num.TEN}")
print("{} {!r} {!s}".format(Color.RED, Color.RED, Num.TEN))
