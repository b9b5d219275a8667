# Seeds of every supported type give CPython's sequences.
import random

seeds = ["", "hello", "a longer string seed with spaces", "ünïcödé ✓", b"", b"bytes seed",
         bytearray(b"bytearray"), 3.5, -2.25, 1e300, 0.0, True, False, 7]
for s in seeds:
    r = random.Random(s)
    print(repr(s), r.random(), r.randrange(1000))

# Equal ints seed identically however they are spelled; so do a float and its hash.
print(random.Random(5).random() == random.Random(-5).random())
print(random.Random(True).random() == random.Random(1).random())

# Version 1 string seeding (the old hashing).
r = random.Random()
for s in ["", "abc", b"abc", "x" * 100]:
    r.seed(s, version=1)
    print(repr(s)[:12], r.random())

try:
    random.seed([1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
