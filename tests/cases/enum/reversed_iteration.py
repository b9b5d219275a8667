from enum import Enum
class Step(Enum):
    ONE = 1
    TWO = 2
    THREE = 3
print(list(reversed(Step)), [s.name for s in Step][::-1])
print(dict(enumerate(Step)))
print(Step._member_names_, list(Step._value2member_map_))
