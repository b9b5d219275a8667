"""TestLoader: names, prefixes, sorting, name patterns, loading by name and load_tests."""
import functools
import sys
import unittest


class Alpha(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def check_c(self):
        pass

    test_not_callable = 'just a string'

    def helper(self):
        pass


class Beta(unittest.TestCase):
    def test_x(self):
        pass

    @staticmethod
    def make_suite():
        return unittest.TestSuite([Beta('test_x')])


class NoTests(unittest.TestCase):
    def runTest(self):
        pass


def make_single():
    return Alpha('test_a')


def suite_factory():
    return unittest.TestSuite([Alpha('test_b'), Beta('test_x')])


def not_a_test():
    return 42


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Alpha))
loader.testMethodPrefix = 'check'
print(loader.getTestCaseNames(Alpha))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda x, y: (x < y) - (x > y)
print(loader.getTestCaseNames(Alpha))
loader.sortTestMethodsUsing = None
print(sorted(loader.getTestCaseNames(Alpha)))
loader = unittest.TestLoader()
loader.testNamePatterns = ['*test_a*', '*Beta*']
print(loader.getTestCaseNames(Alpha), loader.getTestCaseNames(Beta))
loader = unittest.TestLoader()
print([t.id() for t in loader.loadTestsFromTestCase(Alpha)])
print([str(t) for t in loader.loadTestsFromTestCase(NoTests)])
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print(e)

module = sys.modules[__name__]
print(loader.loadTestsFromModule(module).countTestCases())
print([t.id() for t in loader.loadTestsFromName('Alpha.test_b', module)])
print([t.id() for t in loader.loadTestsFromName('Beta', module)])
print([t.id() for t in loader.loadTestsFromName('make_single', module)])
print([t.id() for t in loader.loadTestsFromName('suite_factory', module)])
print([t.id() for t in loader.loadTestsFromName('Beta.make_suite', module)])
print(loader.loadTestsFromNames(['Alpha.test_a', 'Beta.test_x'], module).countTestCases())
for name in ('not_a_test', 'Alpha.test_not_callable'):
    try:
        loader.loadTestsFromName(name, module)
    except TypeError as e:
        text = str(e)
        if ' at 0x' in text:
            text = text[:text.index(' at 0x')] + text[text.index('>'):]
        print('TypeError:', text)

missing = loader.loadTestsFromName('Alpha.test_missing', module)
print(loader.errors[-1].splitlines()[0])
failed = list(missing)[0]
print(failed.id())
outcome = unittest.TestResult()
missing.run(outcome)
print(outcome.errors[0][1].splitlines()[-1])

try:
    Alpha('test_missing')
except ValueError as e:
    print('ValueError:', e)


def load_tests(loader, tests, pattern):
    print('load_tests called with pattern', pattern, 'and', tests.countTestCases(), 'tests')
    only = unittest.TestSuite()
    only.addTest(Alpha('test_a'))
    return only


print(loader.loadTestsFromModule(module).countTestCases())
try:
    loader.loadTestsFromModule(module, 'a', 'b')
except TypeError as e:
    print(e)
try:
    loader.loadTestsFromModule(module, other=1)
except TypeError as e:
    print(e)
print(unittest.defaultTestLoader.__class__.__name__, unittest.TestLoader.suiteClass.__name__)
