from enum import Enum
class Base(Enum):
    pass
print(list(Base), len(Base), bool(Base), Base.__members__)
try:
    Base(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Enum('Z')
except TypeError as e:
    print("TypeError:", e)
