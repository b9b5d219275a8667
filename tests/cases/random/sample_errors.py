# Errors from sample().
import random

r = random.Random(0)
cases = [
    lambda: r.sample({1, 2, 3}, 2),
    lambda: r.sample({"a": 1}, 1),
    lambda: r.sample([1, 2], 3),
    lambda: r.sample([1, 2], -1),
    lambda: r.sample([1, 2], 1, counts=[1]),
    lambda: r.sample([1, 2], 1, counts=[0, 0]),
    lambda: r.sample([1, 2], 1, counts=[1.5, 1]),
    lambda: r.sample(iter([1, 2]), 1),
]
for case in cases:
    try:
        print(case())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, "-", e)
