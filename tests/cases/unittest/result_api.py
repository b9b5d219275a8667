"""Using TestResult directly: hooks, custom results, run() without a result, debug()."""
import unittest


class Recorder(unittest.TestResult):
    def __init__(self):
        super().__init__()
        self.events = []

    def startTestRun(self):
        self.events.append('startTestRun')

    def stopTestRun(self):
        self.events.append('stopTestRun')

    def startTest(self, test):
        super().startTest(test)
        self.events.append('start ' + test._testMethodName)

    def stopTest(self, test):
        super().stopTest(test)
        self.events.append('stop ' + test._testMethodName)

    def addSuccess(self, test):
        self.events.append('success')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self.events.append('failure %s' % err[0].__name__)

    def addError(self, test, err):
        super().addError(test, err)
        self.events.append('error %s' % err[0].__name__)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self.events.append('skip %r' % reason)


class Cases(unittest.TestCase):
    def test_a_pass(self):
        pass

    def test_b_fail(self):
        self.assertFalse(True)

    def test_c_error(self):
        raise SystemExit(3)

    def test_d_skip(self):
        self.skipTest('later')


suite = unittest.defaultTestLoader.loadTestsFromTestCase(Cases)
recorder = Recorder()
suite.run(recorder)
print('\n'.join(recorder.events))
print(recorder.testsRun, recorder.wasSuccessful(), recorder.shouldStop)
print(recorder.errors[0][1].splitlines()[-1])
print(recorder.skipped[0][0].id(), recorder.skipped[0][1])

single = Cases('test_a_pass')
result = single.run()
print(type(result).__name__, result.testsRun, result.wasSuccessful())
print(repr(Cases('test_b_fail')(unittest.TestResult())))

try:
    Cases('test_b_fail').debug()
except AssertionError as e:
    print('debug raised:', e)
try:
    Cases('test_d_skip').debug()
except unittest.SkipTest as e:
    print('debug skip:', e)

stopper = unittest.TestResult()
stopper.stop()
print(suite.countTestCases(), unittest.defaultTestLoader.loadTestsFromTestCase(Cases).run(stopper).testsRun)

failfast = unittest.TestResult()
failfast.failfast = True
unittest.defaultTestLoader.loadTestsFromTestCase(Cases).run(failfast)
print('failfast ran', failfast.testsRun)

plain = unittest.TestResult()
plain.addExpectedFailure(single, (ValueError, ValueError('x'), None))
plain.addUnexpectedSuccess(single)
print(len(plain.expectedFailures), plain.expectedFailures[0][1], plain.wasSuccessful())
print(repr(plain))


class Minimal:
    """A result with only the required methods: skips count as successes."""

    failfast = False
    shouldStop = False

    def __init__(self):
        self.log = []

    def startTest(self, test):
        self.log.append('start')

    def stopTest(self, test):
        self.log.append('stop')

    def addSuccess(self, test):
        self.log.append('success')

    def addFailure(self, test, err):
        self.log.append('failure')

    def addError(self, test, err):
        self.log.append('error')


minimal = Minimal()
Cases('test_a_pass').run(minimal)
Cases('test_b_fail').run(minimal)
print(minimal.log)
