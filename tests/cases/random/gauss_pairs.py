# gauss() produces values in pairs: the second is cached, seed() and setstate() reset it.
import random

r = random.Random(8)
a = r.gauss()
print(a, r.gauss_next)
b = r.gauss(10, 2)
print(b, r.gauss_next)
r.gauss()
r.seed(8)
print(r.gauss_next, r.gauss() == a)
state = r.getstate()
x = [r.gauss(0, 1) for _ in range(5)]
r.setstate(state)
print(x == [r.gauss(0, 1) for _ in range(5)])
print([round(r.gauss(50, 5), 6) for _ in range(6)])
