from collections import OrderedDict
from collections.abc import KeysView, ItemsView, ValuesView

od = OrderedDict([('b', 1), ('a', 2), ('c', 3)])
k, v, i = od.keys(), od.values(), od.items()
print(k, v, i)
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(len(k), 'a' in k, 2 in v, ('a', 2) in i, ('a', 3) in i)
print(isinstance(k, KeysView), isinstance(v, ValuesView), isinstance(i, ItemsView))
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), k == {'a', 'b', 'c'})
od['d'] = 4
od.move_to_end('b')
print(k, list(v), list(i))
print(OrderedDict().keys(), type(k).__name__, type(v).__name__, type(i).__name__)
for key, value in od.items():
    print(key, value, end='; ')
print()
print(dict(od), list(od), {**od})
