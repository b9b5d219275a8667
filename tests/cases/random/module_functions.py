# The module-level functions share one generator.
import random

random.seed("shared")
a = [random.random(), random.randint(1, 10), random.choice("xyz"), random.uniform(1, 2)]
random.seed("shared")
b = [random.random(), random.randint(1, 10), random.choice("xyz"), random.uniform(1, 2)]
print(a == b, a)
print(random.getrandbits(40), random.randrange(3, 30, 3), random.gauss(), random.sample(range(9), 3))
print(random.choices("ab", k=4), random.betavariate(2, 2), random.expovariate(3))
print(random.triangular(1, 3), random.normalvariate(), random.lognormvariate(0, 1))
print(random.vonmisesvariate(0, 1), random.gammavariate(2, 1), random.paretovariate(2), random.weibullvariate(1, 2))
print(random.randbytes(4))
print(sorted(random.__all__))
