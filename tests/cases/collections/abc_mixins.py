from collections.abc import Mapping, MutableMapping, Sequence, MutableSequence, Set, MutableSet

class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
    def __repr__(self):
        return f'Frozen({self._d})'

f = Frozen(a=1, b=2)
print(f['a'], f.get('z'), f.get('z', 0), 'a' in f, 'z' in f, len(f))
print(list(f.keys()), list(f.values()), list(f.items()))
print(f == {'a': 1, 'b': 2}, f == Frozen(b=2, a=1), f != {'a': 1})
print(f.keys() & {'a', 'q'}, sorted(f.keys() | {'c'}), f.keys() - {'a'}, ('a', 1) in f.items(), 2 in f.values())
print(f.keys(), f.items())

class Store(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

s = Store()
s.update({'x': 1}, y=2)
s.update([('z', 3)])
print(dict(s), s.setdefault('x', 9), s.setdefault('w', 4), s.pop('y'), s.pop('nope', 'dflt'))
print(s.popitem(), dict(s))
s.clear()
print(dict(s), len(s))
try:
    s.pop('missing')
except KeyError as e:
    print('KeyError', e)
try:
    s.popitem()
except KeyError as e:
    print('KeyError', repr(e))

class Seq(Sequence):
    def __init__(self, *items):
        self._items = items
    def __getitem__(self, i):
        return self._items[i]
    def __len__(self):
        return len(self._items)

q = Seq(1, 2, 3, 2)
print(list(q), list(reversed(q)), 2 in q, q.index(2), q.index(2, 2), q.count(2))
try:
    q.index(9)
except ValueError as e:
    print('ValueError', repr(e))

class MList(MutableSequence):
    def __init__(self):
        self._l = []
    def __getitem__(self, i):
        return self._l[i]
    def __setitem__(self, i, v):
        self._l[i] = v
    def __delitem__(self, i):
        del self._l[i]
    def __len__(self):
        return len(self._l)
    def insert(self, i, v):
        self._l.insert(i, v)

m = MList()
m.append(1)
m.extend([2, 3, 4])
m += [5]
m.reverse()
print(list(m), m.pop(), m.pop(0), list(m))
m.remove(3)
print(list(m))

class ListSet(Set):
    def __init__(self, items=()):
        self._items = []
        for x in items:
            if x not in self._items:
                self._items.append(x)
    def __contains__(self, x):
        return x in self._items
    def __iter__(self):
        return iter(self._items)
    def __len__(self):
        return len(self._items)

a, b = ListSet([1, 2, 3]), ListSet([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= b, ListSet([2]) < a, a == ListSet([3, 2, 1]), a.isdisjoint([7]))

class Incomplete(MutableSet):
    def __contains__(self, x):
        return False
try:
    Incomplete()
except TypeError as e:
    print(e)
