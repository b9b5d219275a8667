"""The usual ways to patch inside a TestCase: setUp + addCleanup, decorators, and a class decorator."""
import sys
import unittest
from unittest import mock


class StableStream:
    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        if text.startswith('Ran ') and ' in ' in text:
            text = text[:text.rindex(' in ')] + ' in 0.000s'
        return self.stream.write(text)

    def flush(self):
        self.stream.flush()


class Mailer:
    def send(self, to, body):
        raise RuntimeError('no network in tests!')


def notify_all(users, mailer):
    sent = 0
    for user in users:
        if user.get('email'):
            mailer.send(user['email'], 'Hello %s' % user['name'])
            sent += 1
    return sent


USERS = [{'name': 'ann', 'email': 'ann@example.com'}, {'name': 'bob'},
         {'name': 'cy', 'email': 'cy@example.com'}]


class NotifyTests(unittest.TestCase):
    def setUp(self):
        patcher = mock.patch.object(Mailer, 'send')
        self.send = patcher.start()
        self.addCleanup(patcher.stop)

    def test_counts(self):
        self.assertEqual(notify_all(USERS, Mailer()), 2)

    def test_calls(self):
        notify_all(USERS, Mailer())
        self.send.assert_has_calls([mock.call('ann@example.com', 'Hello ann'),
                                    mock.call('cy@example.com', 'Hello cy')])

    def test_wrong_expectation(self):
        notify_all(USERS, Mailer())
        self.assertEqual(self.send.call_args_list,
                         [mock.call('ann@example.com', 'Hello ann')])


class DecoratedTests(unittest.TestCase):
    @mock.patch.object(Mailer, 'send', return_value=None)
    def test_with_decorator(self, send):
        notify_all(USERS[:1], Mailer())
        self.assertEqual(send.call_count, 1)

    @mock.patch('__main__.notify_all', return_value=99)
    def test_replace_function(self, fake):
        self.assertEqual(notify_all([], None), 99)

    def test_unpatched_fails(self):
        notify_all(USERS[:1], Mailer())


@mock.patch.dict('__main__.CONFIG', {'mode': 'test'})
class ConfigTests(unittest.TestCase):
    def test_mode(self):
        self.assertEqual(CONFIG['mode'], 'test')

    def helper_not_patched(self):
        return CONFIG['mode']


CONFIG = {'mode': 'production'}

if __name__ == '__main__':
    sys.stderr = StableStream(sys.stderr)
    unittest.main(exit=False, verbosity=2)
    print('after the run:', CONFIG, Mailer.send.__name__)
