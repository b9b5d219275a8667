# randrange/randint over small, huge, stepped and negative ranges.
import random

r = random.Random(99)
print([r.randrange(10) for _ in range(15)])
print([r.randrange(5, 15) for _ in range(10)])
print([r.randrange(0, 100, 7) for _ in range(10)])
print([r.randrange(100, 0, -9) for _ in range(10)])
print([r.randrange(-50, -40) for _ in range(10)])
print([r.randint(1, 6) for _ in range(20)])
print([r.randint(-3, 3) for _ in range(10)])
print(r.randrange(10**30), r.randrange(2**100, 2**101), r.randint(0, 2**64))
print([r.randrange(1) for _ in range(3)], r.randint(5, 5))
