from collections.abc import Sequence, Mapping, Iterable, Sized, Hashable
from abc import ABCMeta
print(type(Sequence) is ABCMeta, isinstance([], Sequence), isinstance({}, Mapping))
class Countdown(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return self.n - i
c = Countdown(4)
print(list(c), 2 in c, c.index(3), list(reversed(c)), c.count(1))
class Half(Sequence):
    def __len__(self):
        return 0
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
class Thing:
    def __iter__(self):
        return iter(())
    def __len__(self):
        return 0
print(isinstance(Thing(), Iterable), isinstance(Thing(), Sized), issubclass(list, Hashable))
