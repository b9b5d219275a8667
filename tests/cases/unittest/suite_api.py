"""TestSuite: building, counting, iterating, equality, nesting and argument checks."""
import unittest


class A(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        pass


class B(unittest.TestCase):
    def runTest(self):
        pass


suite = unittest.TestSuite()
print(suite.countTestCases(), list(suite), repr(suite))
suite.addTest(A('test_one'))
suite.addTests([A('test_two'), B()])
print(suite.countTestCases())
print(repr(suite))
inner = unittest.TestSuite([A('test_one')])
outer = unittest.TestSuite([inner, suite])
print(outer.countTestCases())
print(unittest.TestSuite([A('test_one')]) == unittest.TestSuite([A('test_one')]))
print(unittest.TestSuite([A('test_one')]) == unittest.TestSuite([A('test_two')]))
print(unittest.TestSuite() != [], unittest.TestSuite() == unittest.TestSuite())

for bad in (A, unittest.TestSuite, 'not a test', 5):
    try:
        suite.addTest(bad)
    except TypeError as e:
        print('addTest(%r): %s' % (bad, e))
try:
    suite.addTests('abc')
except TypeError as e:
    print('addTests(str):', e)

result = unittest.TestResult()
outer.run(result)
print(result.testsRun, result.wasSuccessful())
print('after run:', outer.countTestCases(), list(inner))


def plain():
    print('plain callable test ran with', type(result).__name__)


callable_suite = unittest.TestSuite()
callable_suite.addTest(lambda r: print('lambda test got', type(r).__name__))
callable_suite.run(unittest.TestResult())
print(isinstance(suite, unittest.BaseTestSuite), issubclass(unittest.TestSuite, unittest.BaseTestSuite))

base = unittest.BaseTestSuite([A('test_one'), A('test_two')])
r2 = unittest.TestResult()
base(r2)
print(r2.testsRun, list(base))
