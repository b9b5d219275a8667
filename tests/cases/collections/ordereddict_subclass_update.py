from collections import OrderedDict
class Logged(OrderedDict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
l = Logged([('a', 1)], b=2)
l.update({'c': 3}, d=4)
l.update([('e', 5)])
print(l.setdefault('a', 9), l.setdefault('z', 0))
print(l, l.copy())
l |= {'q': 1}
print(OrderedDict(a=1, b=2), OrderedDict({'x': 1}), OrderedDict(OrderedDict(y=2)))
o = OrderedDict(); o.update(a=1); o.setdefault('b', []).append(1); print(o)
try:
    OrderedDict(1)
except TypeError as e: print(e)
try:
    OrderedDict([1, 2])
except TypeError as e: print(e)
for a in [[()], [(1,2,3)], ['ab', 'c'], [1], 5, None]:
  try: print(OrderedDict(a))
  except Exception as e: print(type(e).__name__, e)
try: OrderedDict({}, {})
except Exception as e: print(type(e).__name__, e)
try: OrderedDict().update({}, {})
except Exception as e: print(type(e).__name__, e)
