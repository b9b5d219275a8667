from enum import Enum
class Color(Enum):
    RED = 1
for attempt in ("name", "value"):
    try:
        setattr(Color.RED, attempt, "x")
    except AttributeError as e:
        print("AttributeError:", e)
Color.RED.extra = 5
print(Color.RED.extra)
