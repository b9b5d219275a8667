# Egyptian-fraction expansion (greedy) and a few continued fractions.
import math
from fractions import Fraction


def egyptian(q):
    parts = []
    while q > 0:
        d = math.ceil(1 / q)
        parts.append(Fraction(1, d))
        q -= Fraction(1, d)
    return parts


for q in (Fraction(4, 13), Fraction(5, 6), Fraction(7, 15), Fraction(3, 7)):
    print(q, "=", " + ".join(str(p) for p in egyptian(q)))


def continued(q):
    terms = []
    while True:
        a = math.floor(q)
        terms.append(a)
        q -= a
        if q == 0:
            return terms
        q = 1 / q


print(continued(Fraction(415, 93)), continued(Fraction(math.pi).limit_denominator(10000)))
convergents = []
h0, h1, k0, k1 = 0, 1, 1, 0
for a in continued(Fraction(math.sqrt(2)).limit_denominator(10**6)):
    h0, h1 = h1, a * h1 + h0
    k0, k1 = k1, a * k1 + k0
    convergents.append(Fraction(h1, k1))
print(convergents[:8])
