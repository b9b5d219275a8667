"""sentinel, DEFAULT, PropertyMock, seal, side effects returning DEFAULT, and reprs without ids."""
from unittest import mock
from unittest.mock import sentinel, DEFAULT


def short(obj):
    text = repr(obj)
    return text.split(" id='")[0] + '>' if " id='" in text else text


print(sentinel.token, sentinel.token is sentinel.token, sentinel.a is sentinel.b)
print(repr(DEFAULT), DEFAULT is sentinel.DEFAULT)

lookup = mock.Mock(return_value=sentinel.result)
print(lookup() is sentinel.result)


class Thermostat:
    @property
    def temperature(self):
        return 20


with mock.patch.object(Thermostat, 'temperature', new_callable=mock.PropertyMock) as temp:
    temp.return_value = 30
    t = Thermostat()
    print(t.temperature)
    t.temperature = 25
    print(temp.mock_calls)
print(Thermostat().temperature)

m = mock.Mock()
m.configured.return_value = 1
m.child.grandchild.value = 2
mock.seal(m)
print(m.configured(), m.child.grandchild.value)
for attempt in (lambda: m.new_attribute, lambda: m.child.other, lambda: m.configured.x):
    try:
        attempt()
    except AttributeError as e:
        print('sealed:', e)

names = [short(mock.Mock()), short(mock.MagicMock()), short(mock.NonCallableMock()),
         short(mock.Mock(name='x')), short(mock.Mock(spec=int)), short(mock.Mock(spec_set=str)),
         short(mock.Mock().a.b().c), short(mock.MagicMock(name='root')()()),
         short(mock.Mock(name='n').return_value), short(mock.PropertyMock())]
for n in names:
    print(n)

fallback = mock.Mock(return_value='normal')
fallback.side_effect = lambda value: DEFAULT if value < 0 else value * 10
print(fallback(3), fallback(-1))

iterable_effect = mock.Mock(side_effect='abc')
print(iterable_effect(), iterable_effect(), iterable_effect())


class Sub(mock.Mock):
    pass


s = Sub()
print(type(s).__name__, type(s.child).__name__, isinstance(s.child, Sub))
print(type(mock.MagicMock().child).__name__, type(mock.NonCallableMagicMock().child).__name__,
      type(mock.NonCallableMock().child).__name__)
