from collections import UserDict, UserList, UserString

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

d = LowerDict({'A': 1}, B=2)
d['C'] = 3
print(d, d.data, len(d), 'a' in d, 'A' in d, d.get('b'), d.get('zz', 0))
print(list(d.keys()), list(d.items()), list(d.values()))
print(d == {'a': 1, 'b': 2, 'c': 3}, isinstance(d, dict))
del d['a']
print(d.pop('b'), d, d.setdefault('x', 0), d)
c = d.copy()
c['q'] = 1
print(type(c).__name__, c, d)
print(UserDict(a=1) | {'b': 2}, {'z': 1} | UserDict(a=1))
try:
    UserDict()['missing']
except KeyError as e:
    print('KeyError', e)

class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2
print(Defaulting()['ab'])

class Stack(UserList):
    def push(self, item):
        self.append(item)
s = Stack([1, 2])
s.push(3)
s.extend([4, 5])
print(s, len(s), s[0], s[1:3], type(s[1:3]).__name__)
print(s.pop(), s.pop(0), s)
s.insert(0, 'x')
s.remove('x')
s.reverse()
print(s, s.index(3), s.count(2), 3 in s)
s.sort()
print(s, s + [9], [0] + s, s * 2)
s += [7]
print(s, s == [2, 3, 4, 7], s < [5], UserList([1]) == UserList([1]))
s[0] = 100
del s[1]
print(s, list(reversed(s)), sorted(s))
print(UserList(), UserList('abc'), UserList(range(3)).copy())

us = UserString('Hello World')
print(us, repr(us), len(us), us.upper(), us.lower(), us[0], us[::-1])
print(us.split(), us.replace('World', 'There'), us + '!', 'x' + us, us * 2)
print(us.startswith('Hell'), us.find('o'), us.count('l'), 'World' in us, us == 'Hello World')
print(us.center(15, '*'), us.strip('Hd'), us.title(), us.swapcase())
print(type(us.upper()).__name__, type(us.split()[0]).__name__)
print(sorted([UserString('b'), UserString('a')]), UserString(42) + '!')
print(us.join(['1', '2']), us.zfill(13), us.isalpha(), UserString('12').isdigit(), int(UserString('12')) + 1)
