"""call, call_args, call_args_list, mock_calls and method_calls; comparing calls."""
from unittest import mock
from unittest.mock import call, ANY

m = mock.Mock()
m.connect('db', timeout=5)
m.connect().query('select 1')
m.close()
m(1, 2)
print(m.mock_calls)
print(m.method_calls)
print(m.connect.call_args, m.connect.call_args_list)
print(m.connect.call_args.args, m.connect.call_args.kwargs)
print(m.call_args == call(1, 2), m.call_args == ((1, 2), {}), m.call_args == ((1, 2),))
print(m.connect.call_args_list == [call('db', timeout=5), call()])
print(m.mock_calls[1] == call.connect(), m.mock_calls[1] == ('connect', (), {}))
print(call.connect('db').query('x').call_list())
print(repr(call), repr(call.a.b), repr(call().x), repr(call(1)(2)))
print(call(1, ANY) == call(1, 'anything'), call(ANY) == call(1, 2))
print(call(x=1) == call(x=2), call('a') != call('b'))
print(call.name(1) == call.other(1), call.name(1) == call(1))
name, args, kwargs = call(1, b=2)
print(repr(name), args, kwargs)
print(call(1, b=2).args, call.f(3).kwargs)
name, args, kwargs = m.mock_calls[0]
print(name, args, kwargs)
print(ANY, ANY == object(), ANY != 5)
print(m.mock_calls == [call.connect('db', timeout=5), call.connect(),
                       call.connect().query('select 1'), call.close(), call(1, 2)])
print(call.connect() in m.mock_calls, [call.close(), call(1, 2)] in m.mock_calls)

parent = mock.Mock()
child = mock.Mock()
parent.attach_mock(child, 'child')
child('hello')
print(parent.mock_calls, repr(child).split(' id=')[0])

manager = mock.Mock()
first, second = mock.Mock(), mock.Mock()
manager.first, manager.second = first, second
second.run(1)
first.run(2)
print(manager.mock_calls)
print(manager.method_calls == [call.second.run(1), call.first.run(2)])

many = mock.Mock(return_value=None)
for i in range(12):
    many(i, label='item %d' % i)
print(many.call_args_list)
