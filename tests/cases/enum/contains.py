from enum import Enum
class Color(Enum):
    RED = 1
class Other(Enum):
    RED = 1
print(Color.RED in Color, Other.RED in Color)
