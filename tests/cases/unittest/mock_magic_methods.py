"""MagicMock: preconfigured special methods and configuring them."""
from unittest import mock

m = mock.MagicMock()
print(len(m), list(m), 3 in m, bool(m), int(m), float(m), complex(m))
print(m == m, m != m, m == 3, m != 3)
print(hash(m) == hash(m))
with m as entered:
    print('entered is the return value of __enter__:', entered is m.__enter__.return_value)
print(m.__exit__.call_args)

m.__len__.return_value = 3
m.__iter__.return_value = iter(['a', 'b'])
m.__getitem__.side_effect = lambda key: key.upper()
m.__contains__.return_value = True
print(len(m), list(m), m['x'], 'anything' in m)
m.__setitem__('k', 'v')
m['k2'] = 'v2'
del m['k']
print(m.__setitem__.call_args_list, m.__delitem__.call_args)

m.__str__.return_value = 'a magic mock'
print(str(m), '%s' % m)
m.__lt__.return_value = True
print(m < 5)
try:
    m > 5
except TypeError as e:
    print('TypeError:', e)
m.__eq__.return_value = False
print(m == m)

numbers = mock.MagicMock()
numbers.__add__.return_value = 10
numbers.__mul__.side_effect = lambda other: other * 100
print(numbers + 1, numbers * 2)
total = numbers + numbers
print(numbers.__add__.call_count)

calls_seen = mock.MagicMock()
len(calls_seen)
calls_seen[1]
print(calls_seen.mock_calls)


def fake_len(self):
    return 42


plain = mock.Mock()
plain.__len__ = fake_len
print(len(plain))
try:
    plain.__getattr__ = lambda name: None
except AttributeError as e:
    print(e)
try:
    len(mock.Mock())
except TypeError as e:
    print('TypeError:', e)

ctx = mock.MagicMock()
ctx.__enter__.return_value = 'resource'
ctx.__exit__.return_value = True
with ctx as value:
    print('using', value)
    raise RuntimeError('swallowed by __exit__')
print('after with, exit called with', ctx.__exit__.call_args[0][0].__name__)

limited = mock.MagicMock(spec=['__len__', 'open'])
print(len(limited))
try:
    iter(limited)
except TypeError as e:
    print('TypeError:', e)
nc = mock.NonCallableMagicMock()
print(len(nc), callable(nc))
