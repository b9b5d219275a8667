"""patch as a decorator, a context manager and with start/stop."""
import os
import unittest
from unittest import mock


class Clock:
    def now(self):
        return 'real time'


def current_dir_name():
    return os.path.basename(os.getcwd())


def greeting(clock):
    return 'It is %s' % clock.now()


print('before:', current_dir_name() != '')

with mock.patch('os.getcwd') as fake:
    fake.return_value = '/home/alice/projects'
    print(current_dir_name(), fake.call_count, repr(fake).split(' id=')[0])
print('restored:', os.getcwd is not fake)

with mock.patch('os.getcwd', return_value='/srv/www') as fake:
    print(current_dir_name())

with mock.patch('os.getcwd', lambda: '/srv/fixed'):
    print(current_dir_name())


@mock.patch('os.getcwd', return_value='/a/b')
@mock.patch('os.path.basename')
def decorated(extra, fake_basename, fake_getcwd):
    fake_basename.side_effect = lambda p: p.upper()
    print(current_dir_name(), extra, fake_getcwd.called)
    return 'result'


print(decorated('extra-arg'), decorated.__name__)

patcher = mock.patch.object(Clock, 'now', return_value='noon')
started = patcher.start()
print(greeting(Clock()), started.call_count)
patcher.stop()
print(greeting(Clock()))
print(patcher.stop())

with mock.patch.object(Clock, 'now', side_effect=['one', 'two']):
    clock = Clock()
    print(greeting(clock), greeting(clock))

with mock.patch('__main__.Clock') as FakeClock:
    FakeClock.return_value.now.return_value = 'mocked'
    print(greeting(Clock()), FakeClock.call_count)
print(greeting(Clock()))

with mock.patch('os.no_such_function', create=True, return_value=1):
    print(os.no_such_function())
print(hasattr(os, 'no_such_function'))
try:
    with mock.patch('__main__.Clock.no_such_method'):
        pass
except AttributeError as e:
    print('AttributeError:', e)
try:
    mock.patch('no_dot')
except TypeError as e:
    print('TypeError:', e)
try:
    mock.patch.object('os', 'getcwd')
except TypeError as e:
    print('TypeError:', e)

mock.patch('os.getcwd', return_value='/x').start()
mock.patch.object(Clock, 'now', return_value='y').start()
print(os.getcwd(), Clock().now())
mock.patch.stopall()
print(os.getcwd() != '/x', Clock().now())


@mock.patch.object(Clock, 'now', return_value='class-level')
class ClockTests(unittest.TestCase):
    def test_now(self, fake_now):
        self.assertEqual(Clock().now(), 'class-level')
        fake_now.assert_called_once_with()

    def helper(self):
        return Clock().now()


result = unittest.TestResult()
ClockTests('test_now').run(result)
print(result.testsRun, result.wasSuccessful(), ClockTests('test_now').helper())

with mock.patch.multiple(Clock, now=mock.DEFAULT, later=mock.DEFAULT, create=True) as values:
    print(sorted(values), Clock.now is values['now'])


@mock.patch.multiple('os', getcwd=mock.DEFAULT, getpid=mock.Mock(return_value=7))
def multi(getcwd):
    getcwd.return_value = '/m'
    return os.getcwd(), os.getpid()


print(multi())
