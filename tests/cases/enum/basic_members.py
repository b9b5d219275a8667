from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color, list(Color), len(Color))
for c in Color:
    print(c.name, c.value, c._name_, c._value_)
