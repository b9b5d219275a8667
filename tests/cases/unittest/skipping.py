"""Every way to skip: decorators, skipTest in setUp and in the test, SkipTest, bare @skip."""
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


HAVE_GPU = False


class Skips(unittest.TestCase):
    @unittest.skip('reason one')
    def test_decorated(self):
        raise AssertionError('not run')

    @unittest.skipIf(not HAVE_GPU, 'needs a GPU')
    def test_gpu(self):
        pass

    @unittest.skipUnless(HAVE_GPU, 'needs a GPU too')
    def test_gpu2(self):
        pass

    @unittest.skipIf(False, 'not skipped')
    def test_runs(self):
        pass

    def test_runtime_skip(self):
        if sys.maxsize:
            self.skipTest('decided at run time')
        self.fail('unreachable')

    def test_raise_skip(self):
        raise unittest.SkipTest('raised directly')

    def test_skip_in_cleanup(self):
        self.addCleanup(self.skipTest, 'skipped from a cleanup')


class SkipInSetUp(unittest.TestCase):
    def setUp(self):
        self.skipTest('setUp says no')

    def tearDown(self):
        print('tearDown is not called')

    def test_one(self):
        pass


class BareSkip(unittest.TestCase):
    @unittest.skip
    def test_bare(self):
        pass


if __name__ == '__main__':
    print(Skips.test_decorated.__unittest_skip_why__)
    print(Skips.test_decorated.__name__)
    sys.stderr = StableStream(sys.stderr)
    unittest.main(verbosity=2)
