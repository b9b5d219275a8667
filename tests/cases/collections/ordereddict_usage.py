from collections import OrderedDict

od = OrderedDict()
od['b'] = 2
od['a'] = 1
od['c'] = 3
print(od)
print(list(od), list(od.keys()), list(od.values()))
od.move_to_end('b')
print(od)
od.move_to_end('b', last=False)
print(od)
print(od.popitem(), od)
print(od.popitem(last=False), od)
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)

a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, a != b, a == dict(b), dict(a) == b)
print(OrderedDict(), OrderedDict(a=1))
print(OrderedDict.fromkeys('abc', 0))
c = a.copy()
c['z'] = 3
print(a, c, type(c).__name__)
print(a | {'w': 0}, {'w': 0} | a)
print(list(reversed(a)))
print(isinstance(a, dict), OrderedDict.__name__)

class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)
lu = LastUpdated()
lu['a'] = 1
lu['b'] = 2
lu['a'] = 3
print(lu)

class LRU(OrderedDict):
    def __init__(self, maxsize):
        super().__init__()
        self.maxsize = maxsize
    def get_or_compute(self, key, func):
        if key in self:
            self.move_to_end(key)
            return self[key]
        value = func(key)
        self[key] = value
        if len(self) > self.maxsize:
            oldest = next(iter(self))
            del self[oldest]
        return value
cache = LRU(2)
for k in [1, 2, 1, 3, 4, 1]:
    cache.get_or_compute(k, lambda n: n * n)
    print(list(cache.items()))
