from enum import Enum, auto
class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return f"{name.lower()}-{count}"
    NORTH = auto()
    SOUTH = auto()
print(list(Named))
try:
    class Late(Enum):
        A = auto()
        def _generate_next_value_(name, start, count, last_values):
            return name
except TypeError as e:
    print("TypeError:", e)
