from enum import Enum
class Color(Enum):
    RED = 1
try:
    Color.RED = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.RED
except AttributeError as e:
    print("AttributeError:", e)
Color.other = 3
print(Color.other, list(Color))
