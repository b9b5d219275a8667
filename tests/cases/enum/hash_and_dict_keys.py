from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
counts = {Color.RED: 0, Color.GREEN: 0}
for c in [Color.RED, Color.GREEN, Color.RED]:
    counts[c] += 1
print(counts)
print(hash(Color.RED) == hash('RED'), {Color.RED, Color.RED, Color.GREEN} == {Color.RED, Color.GREEN})
print(Color.RED == 1, Color.RED != Color.GREEN)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
