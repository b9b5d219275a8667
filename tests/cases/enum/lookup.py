from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
print(Color(1), Color['GREEN'], Color(2) is Color.GREEN)
try:
    Color(4)
except ValueError as e:
    print("ValueError:", e)
try:
    Color['PINK']
except KeyError as e:
    print("KeyError:", e)
print(getattr(Color, 'RED'), Color.RED in Color)
