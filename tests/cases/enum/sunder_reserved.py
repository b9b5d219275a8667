from enum import Enum
try:
    class Bad(Enum):
        _weird_ = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Bad2(Enum):
        mro = 1
except ValueError as e:
    print("ValueError:", e)
class Fine(Enum):
    _single = 1
    __private = 2
    A = 3
print(list(Fine))
