"""Mock basics: attributes, return_value, side_effect, call counting, configure and reset."""
from unittest import mock


def name_of(m):
    """The repr of a mock without its id."""
    return repr(m).split(" id='")[0] + '>'


m = mock.Mock()
print(name_of(m), name_of(m.method), name_of(m.method()), name_of(m().attr))
print(m.method is m.method, m.method() is m.method())
print(m.called, m.call_count, m.call_args)

m.get_price.return_value = 9.5
print(m.get_price('apple'), m.get_price.call_count, m.get_price.call_args)

m.fetch.side_effect = KeyError('missing')
try:
    m.fetch('x')
except KeyError as e:
    print('raised', repr(e))

m.roll.side_effect = [4, 2, ValueError('no more dice'), 6]
print(m.roll(), m.roll())
try:
    m.roll()
except ValueError as e:
    print('raised', e)
print(m.roll())
try:
    m.roll()
except StopIteration:
    print('side effect exhausted')

m.double.side_effect = lambda x: x * 2
print(m.double(21))
m.maybe.side_effect = lambda: mock.DEFAULT
m.maybe.return_value = 'the default'
print(m.maybe())

named = mock.Mock(name='database')
print(name_of(named), name_of(named.connect().cursor))
configured = mock.Mock(**{'status': 'ok', 'load.return_value': [1, 2], 'save.side_effect': OSError})
print(configured.status, configured.load())
try:
    configured.save()
except OSError:
    print('save raised OSError')
configured.configure_mock(status='busy', **{'load.return_value': []})
print(configured.status, configured.load())

counter = mock.Mock(return_value=0)
for i in range(3):
    counter(i)
print(counter.call_count, counter.call_args_list)
counter.reset_mock()
print(counter.call_count, counter.call_args_list, counter())
counter.reset_mock(return_value=True)
print(name_of(counter()))

wrapped = mock.Mock(wraps=len)
print(wrapped('abcd'), wrapped.call_args)
wrapped_obj = mock.Mock(wraps={'a': 1})
print(wrapped_obj.get('a'), wrapped_obj.keys.called, wrapped_obj.get.call_args)

del m.method
try:
    m.method
except AttributeError as e:
    print('deleted:', e)
m.plain = 5
print(m.plain)
try:
    m.assert_called_oncee()
except AttributeError as e:
    print(e)
unsafe = mock.Mock(unsafe=True)
print(name_of(unsafe.assert_something()))
print(sorted(dir(mock.Mock(spec=['alpha', 'beta']))))
print(callable(mock.NonCallableMock()), callable(mock.Mock()))
try:
    mock.NonCallableMock()()
except TypeError as e:
    print('TypeError:', e)
