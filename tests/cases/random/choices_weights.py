# choices() with no weights, relative weights and cumulative weights.
import random

r = random.Random(5)
print(r.choices("abc"))
print(r.choices("abc", k=10))
print(r.choices(["win", "lose", "draw"], [18, 18, 2], k=10))
print(r.choices(range(5), cum_weights=[1, 2, 10, 11, 20], k=10))
print(r.choices([0.5, 1.5], weights=[0.25, 0.75], k=6))
print(r.choices("ab", [0, 1], k=5))
print(r.choices("xy", k=0))
for bad in [
    lambda: r.choices("ab", 3),
    lambda: r.choices("ab", [1], k=2),
    lambda: r.choices("ab", [0, 0], k=2),
    lambda: r.choices("ab", [1, 1], cum_weights=[1, 2]),
    lambda: r.choices("ab", [1, float("inf")]),
    lambda: r.choices([], k=2),
]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, "-", e)
