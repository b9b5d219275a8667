# copy.copy / copy.deepcopy of a generator keep the stream.
import copy
import random

r = random.Random(55)
r.random()
c = copy.copy(r)
d = copy.deepcopy(r)
print([r.random() for _ in range(3)])
print([c.random() for _ in range(3)])
print([d.random() for _ in range(3)])
print(type(c).__name__, c is r)
