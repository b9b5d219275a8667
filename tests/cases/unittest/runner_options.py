"""TextTestRunner options: stream, descriptions, verbosity, failfast, buffer, resultclass."""
import io
import unittest


def show(stream):
    for line in stream.getvalue().splitlines():
        if line.startswith('Ran ') and ' in ' in line:
            line = line[:line.rindex(' in ')] + ' in 0.000s'
        print(line)
    print('#' * 30)


class Noisy(unittest.TestCase):
    def test_1_prints(self):
        """Prints something and passes."""
        print('output of a passing test')

    def test_2_prints_and_fails(self):
        """Prints something and fails."""
        print('output of a failing test')
        print('no newline at the end', end='')
        import sys
        sys.stderr.write('to stderr\n')
        self.fail('failed after printing')

    def test_3_error(self):
        print('before the error')
        raise OSError('disk full')

    def test_4_last(self):
        pass


def suite():
    return unittest.defaultTestLoader.loadTestsFromTestCase(Noisy)


stream = io.StringIO()
unittest.TextTestRunner(stream=stream, verbosity=2).run(suite())
show(stream)

stream = io.StringIO()
unittest.TextTestRunner(stream=stream, verbosity=2, descriptions=False).run(suite())
show(stream)

stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, buffer=True).run(suite())
show(stream)
print(result.buffer, result.testsRun)

stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, failfast=True, buffer=True).run(suite())
show(stream)
print('failfast stopped after', result.testsRun, 'tests; shouldStop =', result.shouldStop)

stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite())
show(stream)


class CountingResult(unittest.TextTestResult):
    def startTestRun(self):
        self.stream.write('[run starts]\n')

    def stopTestRun(self):
        self.stream.write('[run ends after %d]\n' % self.testsRun)

    def addSuccess(self, test):
        super().addSuccess(test)
        self.stream.write('(+)')


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, resultclass=CountingResult).run(suite())
show(stream)
print(type(result).__name__)


class Fine(unittest.TestCase):
    def test_fine(self):
        pass


stream = io.StringIO()
unittest.TextTestRunner(stream=stream).run(unittest.TestSuite())
show(stream)
stream = io.StringIO()
unittest.TextTestRunner(stream=stream, verbosity=2).run(Fine('test_fine'))
show(stream)
