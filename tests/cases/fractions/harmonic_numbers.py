# Exact harmonic numbers and Bernoulli numbers with Fractions.
from fractions import Fraction
from math import comb

h = Fraction(0)
for n in range(1, 21):
    h += Fraction(1, n)
    if n in (1, 2, 5, 10, 20):
        print(n, h, round(float(h), 10))

B = [Fraction(1)]
for m in range(1, 13):
    B.append(-sum(comb(m + 1, k) * B[k] for k in range(m)) / (m + 1))
print([str(b) for b in B])
