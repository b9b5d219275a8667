# getstate/setstate: the state tuple, restoring it, and the errors for bad states.
import random

r = random.Random(2)
version, internal, gauss_next = r.getstate()
print(version, len(internal), internal[:3], internal[-1], gauss_next)
for _ in range(700):
    r.random()
saved = r.getstate()
print(saved[1][-1])
first = [r.random() for _ in range(5)]
r.setstate(saved)
print(first == [r.random() for _ in range(5)])

other = random.Random()
other.setstate(saved)
print(other.random() == first[0])

random.seed(11)
s = random.getstate()
one = random.random()
random.setstate(s)
print(one == random.random())

for bad in [(2, (), None), (3, (1, 2), None), (3, (0,) * 624 + (625,), None), (9, (), None)]:
    try:
        r.setstate(bad)
    except ValueError as e:
        print("ValueError:", e)
