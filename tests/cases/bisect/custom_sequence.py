import bisect

class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i

sq = Squares(1000)
print(bisect.bisect_left(sq, 144), bisect.bisect_right(sq, 150), bisect.bisect(sq, 10 ** 9))

calls = []
class Probe:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        calls.append((self.v, other.v if isinstance(other, Probe) else other))
        return self.v < (other.v if isinstance(other, Probe) else other)
items = [Probe(i) for i in range(0, 20, 2)]
print(bisect.bisect_left(items, Probe(7)), calls)
calls.clear()
print(bisect.bisect_right(items, Probe(8)), calls)
