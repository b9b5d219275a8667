# The exceptions randrange and randint raise for empty and invalid ranges.
import random

r = random.Random(1)
calls = [
    lambda: r.randrange(0),
    lambda: r.randrange(-5),
    lambda: r.randrange(5, 5),
    lambda: r.randrange(10, 2),
    lambda: r.randrange(5, 1, 2),
    lambda: r.randrange(1, 5, 0),
    lambda: r.randrange(5, step=2),
    lambda: r.randint(3, 1),
    lambda: r.randrange("7"),
    lambda: r.randrange(None),
]
for call in calls:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, "-", e)
