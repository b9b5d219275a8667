# The real-valued distributions for a fixed seed.
import random

r = random.Random(1234)
print("uniform", [r.uniform(-1, 1) for _ in range(3)])
print("triangular", r.triangular(), r.triangular(0, 10, 9), r.triangular(5, 1), r.triangular(2, 2, 2))
print("normalvariate", [r.normalvariate() for _ in range(3)], r.normalvariate(100, 15))
print("lognormvariate", [r.lognormvariate(0, 0.5) for _ in range(3)])
print("expovariate", [r.expovariate(2.0) for _ in range(3)], r.expovariate(-1.0))
print("vonmisesvariate", [r.vonmisesvariate(1.0, k) for k in (0.0, 0.5, 4.0, 50.0)])
print("gammavariate", [r.gammavariate(a, 2.0) for a in (0.3, 1.0, 2.5, 9.0)])
print("betavariate", [r.betavariate(a, b) for a, b in ((0.5, 0.5), (2, 5), (5, 1))])
print("paretovariate", [r.paretovariate(a) for a in (1.0, 2.5)])
print("weibullvariate", [r.weibullvariate(1.0, b) for b in (0.5, 1.0, 3.0)])
try:
    r.gammavariate(-1, 1)
except ValueError as e:
    print("ValueError:", e)
