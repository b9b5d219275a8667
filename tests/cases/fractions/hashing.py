# Hashes agree with equal ints and floats, so they mix as dictionary keys.
from fractions import Fraction as F

print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-5, 4)) == hash(-1.25))
print(hash(F(1, 3)), hash(F(-1, 3)), hash(F(-1)), hash(F(1, 2**61 - 1)), hash(F(0)))
print(hash(F(2**70, 3)), hash(F(-(10**20), 7)))
d = {0.5: "float", 3: "int"}
d[F(1, 2)] = "fraction"
d[F(6, 2)] = "three"
print(d)
print(len({F(1, 4), 0.25, F(2, 8)}), F(1, 4) in {0.25})
