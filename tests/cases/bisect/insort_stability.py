import bisect

class Item:
    def __init__(self, key, tag):
        self.key = key
        self.tag = tag
    def __lt__(self, other):
        return self.key < other.key
    def __repr__(self):
        return f'{self.key}{self.tag}'

left, right = [], []
for i, k in enumerate([3, 1, 3, 2, 1, 3]):
    bisect.insort_left(left, Item(k, 'abcdef'[i]))
    bisect.insort_right(right, Item(k, 'abcdef'[i]))
print(left)
print(right)
keyed = []
for i, k in enumerate([3, 1, 3, 2, 1, 3]):
    bisect.insort(keyed, (k, i), key=lambda t: t[0])
print(keyed)
