from enum import Enum
class Config(Enum):
    SMALL = [1, 2]
    BIG = {'size': 10}
print(Config([1, 2]), Config({'size': 10}), repr(Config.BIG))
try:
    Config([3])
except ValueError as e:
    print("ValueError:", e)
