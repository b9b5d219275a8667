# NormalDist arithmetic, equality, hashing, overlap, from_samples and samples.
from statistics import NormalDist

a = NormalDist(100, 15)
b = NormalDist(110, 10)
print(a + 5, 5 + a, a - 5, 5 - a, a * 2, 2 * a, a * -2, a / 4, -a, +a)
print(a + b, a - b)
print(a == NormalDist(100.0, 15.0), a == b, a != b, a == 100)
print(hash(a) == hash(NormalDist(100, 15)), len({a, NormalDist(100, 15), b}))
print(a.overlap(b), b.overlap(a), a.overlap(NormalDist(110, 15)), a.overlap(a))
try:
    a.overlap(3)
except TypeError as e:
    print("TypeError:", e)
fit = NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75])
print(fit, round(fit.mean, 2), round(fit.stdev, 2))
print(NormalDist(5, 2).samples(4, seed=42))
print(NormalDist().samples(3, seed="text seed"))
print(len(NormalDist().samples(100)), NormalDist().samples(0))
print(sorted(NormalDist.__slots__))
