from enum import Enum
class Outer:
    class Inner(Enum):
        A = 1
try:
    Outer.Inner(5)
except ValueError as e:
    print("ValueError:", e)
print(repr(Outer.Inner.A), Outer.Inner, Outer.Inner.__qualname__)
