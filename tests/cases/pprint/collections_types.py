import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap, UserDict, UserList

od = OrderedDict((f'key{i}', i * 'x') for i in range(8))
pprint.pprint(od)
pprint.pprint(OrderedDict())
dd = defaultdict(list)
for word in 'apple avocado banana blueberry cherry cranberry date'.split():
    dd[word[0]].append(word)
pprint.pprint(dd)
pprint.pprint(defaultdict(int))
c = Counter('the quick brown fox jumps over the lazy dog and keeps running')
pprint.pprint(c, width=60)
pprint.pprint(Counter())
pprint.pprint(deque(range(30)))
pprint.pprint(deque(range(30), maxlen=40))
pprint.pprint(deque())
pprint.pprint(ChainMap({'a': list(range(20))}, {'b': list(range(15))}))
pprint.pprint(ChainMap())
pprint.pprint(UserDict({'key': list(range(30))}))
pprint.pprint(UserList(range(35)))
