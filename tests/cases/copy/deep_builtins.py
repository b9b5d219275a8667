import copy

data = {'users': [{'name': 'ada', 'tags': ['x']}, {'name': 'bob', 'tags': []}], 'count': 2}
clone = copy.deepcopy(data)
clone['users'][0]['tags'].append('y')
clone['count'] += 1
print(data)
print(clone)
print(clone['users'][1] is data['users'][1], clone == data)
t = (1, 'a', (2, 3))
print(copy.deepcopy(t) is t)
t2 = (1, [2])
u = copy.deepcopy(t2)
print(u, u is t2, u[1] is t2[1])
print(copy.deepcopy({1, 2, 3}), copy.deepcopy(frozenset({'a'})), copy.deepcopy(bytearray(b'z')))
print(copy.deepcopy([]), copy.deepcopy({}), copy.deepcopy(()))
for obj in [1, 2.5, 'str', b'b', None, True, range(5), len, print, Ellipsis, NotImplemented, 10**30]:
    print(repr(obj), copy.deepcopy(obj) is obj)
