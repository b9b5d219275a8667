import copy
from enum import Enum
class Color(Enum):
    RED = 1
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.RED) is Color.RED)
print(copy.deepcopy({'c': [Color.RED]}))
print(Color.RED.__reduce_ex__(2))
