# SystemRandom: values come from the OS, so only their ranges and types are checked.
import random

s = random.SystemRandom()
x = s.random()
print(type(x).__name__, 0.0 <= x < 1.0)
print(all(0 <= s.randrange(10) < 10 for _ in range(50)))
print(all(1 <= s.randint(1, 6) <= 6 for _ in range(50)))
print(s.getrandbits(0), s.getrandbits(16) < 2 ** 16)
print(len(s.randbytes(10)), type(s.randbytes(3)).__name__)
print(sorted(s.sample(range(5), 5)))
print(s.seed(123))
for method in (s.getstate, lambda: s.setstate(None)):
    try:
        method()
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(isinstance(s, random.Random))
