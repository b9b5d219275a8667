from types import MappingProxyType
data = {'a': 1, 'b': 2}
view = MappingProxyType(data)
print(view['a'], len(view), list(view), 'b' in view, view.get('z', 'none'))
print(sorted(view.items()), sorted(view.keys()), sorted(view.values()))
data['c'] = 3
print(len(view), view['c'], view == data, view.copy() == data)
try:
    view['d'] = 4
except TypeError as e:
    print("TypeError:", e)
try:
    del view['a']
except TypeError as e:
    print("TypeError:", e)
try:
    MappingProxyType([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(repr(MappingProxyType({'k': 'v'})), str(MappingProxyType({'k': 'v'})))
print(view | {'z': 0}, type(view.copy()).__name__)
