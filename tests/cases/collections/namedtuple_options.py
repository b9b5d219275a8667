from collections import namedtuple

Account = namedtuple('Account', ['type', 'balance'], defaults=[0])
print(Account._field_defaults)
print(Account('premium'))
print(Account('basic', 10))
print(Account.__new__.__defaults__)
Full = namedtuple('Full', 'a b c', defaults=(1, 2, 3))
print(Full(), Full(9), Full(c=7))

R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '1y'], rename=True)
print(R._fields)
print(R(1, 2, 3, 4, 5, 6))

M = namedtuple('M', 'a b', module='some.module')
print(M.__module__, M)
print(namedtuple('N', 'a').__module__)

for args, kwargs in [
    (('Bad', ['a', 'a']), {}),
    (('Bad', ['_a']), {}),
    (('Bad', ['class']), {}),
    (('Bad', ['1a']), {}),
    (('bad name', ['a']), {}),
    (('def', ['a']), {}),
    (('Bad', ['a', 'b']), {'defaults': [1, 2, 3]}),
]:
    try:
        namedtuple(*args, **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

P = namedtuple('P', 'x y')
for call in [lambda: P(1), lambda: P(), lambda: P(1, 2, 3), lambda: P(1, 2, z=3),
             lambda: P(1, x=2), lambda: P._make([1]), lambda: P(1, 2)._replace(z=5)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

T = namedtuple('T', 'a b c')
try:
    T()
except TypeError as e:
    print(e)
D = namedtuple('D', 'a b', defaults=[5])
try:
    D(1, 2, 3, 4)
except TypeError as e:
    print(e)

p = P(1, 2)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    p.z = 5
except AttributeError as e:
    print('AttributeError', e)
print(P(*range(2)), P(**{'x': 'a', 'y': 'b'}))
