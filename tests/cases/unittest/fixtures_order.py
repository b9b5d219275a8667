"""The order of setUp/tearDown, class and module fixtures and cleanups."""
import io
import unittest

log = []


def setUpModule():
    log.append('setUpModule')


def tearDownModule():
    log.append('tearDownModule')


class First(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('First.setUpClass')
        cls.addClassCleanup(log.append, 'First class cleanup')

    @classmethod
    def tearDownClass(cls):
        log.append('First.tearDownClass')

    def setUp(self):
        log.append('  setUp ' + self._testMethodName)
        self.addCleanup(log.append, '  cleanup 1 ' + self._testMethodName)
        self.addCleanup(log.append, '  cleanup 2 ' + self._testMethodName)

    def tearDown(self):
        log.append('  tearDown ' + self._testMethodName)

    def test_a(self):
        log.append('    test_a')

    def test_b(self):
        log.append('    test_b')
        self.fail('b fails')


class Second(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('Second.setUpClass')

    @classmethod
    def tearDownClass(cls):
        log.append('Second.tearDownClass')

    def setUp(self):
        log.append('  setUp ' + self._testMethodName)
        if self._testMethodName == 'test_setup_fails':
            raise RuntimeError('setUp broke')

    def tearDown(self):
        log.append('  tearDown ' + self._testMethodName)

    def test_setup_fails(self):
        log.append('    never runs')

    def test_ok(self):
        log.append('    test_ok')
        self.addCleanup(log.append, '  cleanup added in test')


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream).run(
    unittest.defaultTestLoader.loadTestsFromModule(__import__('__main__')))
print('\n'.join(log))
print(result.testsRun, len(result.failures), len(result.errors))
print(result.errors[0][0])
print(result.errors[0][1].splitlines()[-1])
