import bisect

class SortedList:
    def __init__(self, items=()):
        self._items = sorted(items)
    def add(self, x):
        bisect.insort(self._items, x)
    def remove(self, x):
        i = bisect.bisect_left(self._items, x)
        if i < len(self._items) and self._items[i] == x:
            del self._items[i]
        else:
            raise KeyError(x)
    def count_range(self, lo, hi):
        return bisect.bisect_right(self._items, hi) - bisect.bisect_left(self._items, lo)
    def __repr__(self):
        return f'SortedList({self._items})'

s = SortedList([5, 3, 9])
for x in [7, 1, 5, 12, 3]:
    s.add(x)
print(s)
s.remove(5)
print(s, s.count_range(3, 9), s.count_range(10, 20))
try:
    s.remove(100)
except KeyError as e:
    print('KeyError', e)
