import copy

a = [1, [2, 3], 'x']
b = copy.copy(a)
print(b, b is a, b[1] is a[1])
b[1].append(4)
print(a)
d = {'k': [1], 'n': 2}
e = copy.copy(d)
e['n'] = 3
e['k'].append(9)
print(d, e, e is d)
s = {1, 2, (3, 4)}
print(copy.copy(s) == s, copy.copy(s) is s)
ba = bytearray(b'abc')
bb = copy.copy(ba)
bb[0] = 65
print(ba, bb)
for obj in [1, 2.5, 'str', b'bytes', (1, [2]), frozenset({1}), None, True, 3j, range(3), len, int, Ellipsis]:
    print(repr(obj), copy.copy(obj) is obj)
