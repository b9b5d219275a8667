from collections import ChainMap

defaults = {'color': 'red', 'user': 'guest'}
env = {'user': 'admin'}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm['color'], cm['user'], len(cm), sorted(cm))
print(list(cm), list(cm.items()), list(cm.values()))
print(cm)
cm['color'] = 'blue'
print(cli, cm['color'], 'user' in cm, 'x' in cm, cm.get('x', 'no'))
try:
    cm['nope']
except KeyError as e:
    print('KeyError', e)
try:
    del cm['user']
except KeyError as e:
    print('KeyError', e)
try:
    cm.pop('user')
except KeyError as e:
    print('KeyError', e)
print(cm.pop('color'), cli)
try:
    cm.popitem()
except KeyError as e:
    print('KeyError', e)
child = cm.new_child()
child['x'] = 1
print(child, child.maps[0], child.parents)
child2 = cm.new_child({'y': 2}, z=3)
print(child2.maps[0])
print(cm.parents.parents, cm.parents.parents.parents)
print(ChainMap(), bool(ChainMap()), bool(ChainMap({}, {'a': 1})))
c2 = cm.copy()
c2['q'] = 9
print(c2.maps[0], cm.maps[0])
print(ChainMap.fromkeys('ab', 0))
print(cm == {'user': 'admin', 'color': 'red'}, dict(cm))
cm.clear()
print(cm)
m = ChainMap({'a': 1}) | {'b': 2}
print(m)
print({'z': 0} | ChainMap({'a': 1}, {'b': 2}))
m |= {'c': 3}
print(m)
scopes = ChainMap({'x': 'global'})
def enter(s):
    return s.new_child()
inner = enter(enter(scopes))
inner['x'] = 'inner'
print(inner['x'], inner.parents['x'], len(inner.maps))
cm = ChainMap({'a': 1})
cm.update({'b': 2}, c=3)
print(cm.setdefault('a', 5), cm.setdefault('d', 4), cm)
