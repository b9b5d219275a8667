"""Failing class and module fixtures are reported as errors of pseudo-tests."""
import sys
import unittest


class StableStream:
    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        if text.startswith('Ran ') and ' in ' in text:
            text = text[:text.rindex(' in ')] + ' in 0.000s'
        return self.stream.write(text)

    def flush(self):
        self.stream.flush()


class BrokenClassSetup(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(print, 'class cleanup still runs')
        raise ConnectionError('database unavailable')

    def test_never_runs(self):
        print('not printed')


class BrokenClassTeardown(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise OSError('could not remove temp files')

    def test_fine(self):
        pass


class FailingClassCleanup(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(cls.release)

    @classmethod
    def release(cls):
        raise ValueError('release failed')

    def test_fine(self):
        pass


@unittest.skip('whole class skipped')
class SkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('setUpClass of a skipped class is not called')

    def test_one(self):
        pass

    def test_two(self):
        pass


class SkipFromSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest('no network')

    def test_network(self):
        pass


class TearDownErrors(unittest.TestCase):
    def tearDown(self):
        raise KeyError('teardown')

    def test_passes_then_teardown_fails(self):
        pass

    def test_fails_then_teardown_fails(self):
        self.assertEqual('a', 'b')


if __name__ == '__main__':
    sys.stderr = StableStream(sys.stderr)
    unittest.main(verbosity=2)
