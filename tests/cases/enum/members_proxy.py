from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
m = Color.__members__
print(type(m).__name__, len(m), list(m), m['RED'])
try:
    m['BLUE'] = 3
except TypeError as e:
    print("TypeError:", e)
print(dict(m))
