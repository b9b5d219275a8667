"""expectedFailure: failures, errors, unexpected successes, and failures in setUp."""
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


class Known(unittest.TestCase):
    @unittest.expectedFailure
    def test_assertion(self):
        self.assertEqual(round(2.675, 2), 2.68)

    @unittest.expectedFailure
    def test_error(self):
        {}['missing']

    @unittest.expectedFailure
    def test_passes(self):
        self.assertTrue(True)

    @unittest.expectedFailure
    def test_subtest(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 1)
        print('not reached')


class ExpectedAtClassLevel(unittest.TestCase):
    __unittest_expecting_failure__ = True

    def test_fails(self):
        self.fail('expected')


class SetUpBreaks(unittest.TestCase):
    def setUp(self):
        raise RuntimeError('setUp failure is not expected')

    @unittest.expectedFailure
    def test_x(self):
        pass


if __name__ == '__main__':
    sys.stderr = StableStream(sys.stderr)
    prog = unittest.main(exit=False)
    r = prog.result
    print(len(r.expectedFailures), len(r.unexpectedSuccesses), r.wasSuccessful())
    print([t.id() for t, _ in r.expectedFailures])
    print(r.expectedFailures[0][1].splitlines()[-1])
