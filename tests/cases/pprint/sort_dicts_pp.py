import pprint

d = {'zebra': 1, 'apple': [3, 2, 1], 'mango': {'y': 1, 'x': 2}, 10: 'ten', 2: 'two'}
try:
    pprint.pprint(d)
except TypeError as e:
    print('TypeError', e)
pprint.pprint(d, sort_dicts=False)
pprint.pp(d)
pprint.pp(d, width=20)
pprint.pp(d, sort_dicts=True, width=30)
mixed = {1: 'a', 'b': 2, (1, 2): 3, None: 4, 2.5: 5}
print(pprint.pformat(mixed, width=20))
print(pprint.saferepr(mixed))
print(pprint.pformat({3: 1, 1: 2, 2: 3}))
print(pprint.pformat({3: 1, 1: 2, 2: 3}, sort_dicts=False))
