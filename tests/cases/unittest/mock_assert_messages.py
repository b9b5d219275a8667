"""The AssertionError messages of the mock assert_* methods."""
from unittest import mock
from unittest.mock import call, ANY


def attempt(label, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except AssertionError as e:
        print('--- %s' % label)
        print(e)
    else:
        print('--- %s: ok' % label)


m = mock.Mock()
attempt('called, not called', m.assert_called)
attempt('called_with, not called', m.assert_called_with, 1)
attempt('not_called ok', m.assert_not_called)
m(1, 2, key='v')
m.method('a')
m(3)
attempt('called ok', m.assert_called)
attempt('called_once', m.assert_called_once)
attempt('called_with wrong', m.assert_called_with, 1, 2, key='v')
attempt('called_with right', m.assert_called_with, 3)
attempt('called_with ANY', m.assert_called_with, ANY)
attempt('called_once_with', m.assert_called_once_with, 3)
attempt('not_called', m.assert_not_called)
attempt('any_call ok', m.assert_any_call, 1, 2, key='v')
attempt('any_call missing', m.assert_any_call, 1, 2)
attempt('has_calls ok', m.assert_has_calls, [call(1, 2, key='v'), call.method('a')])
attempt('has_calls order', m.assert_has_calls, [call(3), call(1, 2, key='v')])
attempt('has_calls any_order', m.assert_has_calls, [call(3), call(1, 2, key='v')], any_order=True)
attempt('has_calls any_order missing', m.assert_has_calls, [call(3), call(4), call(5)], any_order=True)
attempt('method once', m.method.assert_called_once_with, 'b')
n = mock.Mock(name='sender')
n.send('x')
n.send('y')
attempt('named child once', n.send.assert_called_once)
attempt('named child once_with', n.send.assert_called_once_with, 'y')
attempt('named child with', n.send.assert_called_with, 'z')
attempt('named not called', n.receive.assert_not_called)
attempt('named has_calls', n.assert_has_calls, [call.send('q')])
attempt('named has_calls any', n.assert_has_calls, [call.send('q')], any_order=True)
quiet = mock.Mock(name='quiet')
attempt('named never called', quiet.assert_called_once)
attempt('named never called with', quiet.assert_called_with, 1)
attempt('has_calls empty', quiet.assert_has_calls, [call(1)])
big = mock.Mock()
for i in range(8):
    big.process('record number %d' % i)
attempt('long call list', big.process.assert_called_once)
