from collections import deque

class Idx:
    def __index__(self):
        return 1

d = deque('abcd')
print(d[Idx()], d[True], deque(maxlen=True), deque('xyz', False))
d.rotate(Idx())
d.insert(Idx(), '!')
print(d, d.index('c', Idx()), d * Idx())
for f in [lambda: deque('xyz', Idx()), lambda: deque(maxlen='a'), lambda: deque(maxlen=2.5), lambda: deque([1]).rotate('x'),
          lambda: deque([1]) * 'a', lambda: deque([1]).insert('a', 1), lambda: deque([1]).index(1, 'a'),
          lambda: deque([1]).index(1, 0, None), lambda: deque([1, 2])[1.0], lambda: deque('ab')['a']]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
d = deque([1])
try:
    d *= 'x'
except TypeError as e:
    print(e)
