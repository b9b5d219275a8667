"""TestCase and FunctionTestCase identity: id, str, repr, equality, hash, descriptions."""
import unittest


class Sample(unittest.TestCase):
    def test_documented(self):
        """   First line of the doc.

        Details that are not shown.
        """

    def test_plain(self):
        pass


a = Sample('test_documented')
b = Sample('test_plain')
print(a.id())
print(str(a))
print(repr(b))
print(a.shortDescription())
print(b.shortDescription())
print(a == Sample('test_documented'), a == b, a != b)
print(hash(a) == hash(Sample('test_documented')))
print(len({a, b, Sample('test_plain')}))
print(a.countTestCases())
print(type(a.defaultTestResult()).__name__)
print(Sample().id())


def check_math():
    """Checks arithmetic."""
    assert 2 + 2 == 4


def broken():
    raise ValueError('broken function test')


ftc = unittest.FunctionTestCase(check_math)
print(ftc.id(), '|', str(ftc), '|', ftc.shortDescription())
print(repr(ftc).split(' at ')[0])
described = unittest.FunctionTestCase(check_math, description='custom words')
print(described.shortDescription())
print(ftc == unittest.FunctionTestCase(check_math), ftc == described)

log = []
with_fixtures = unittest.FunctionTestCase(broken, setUp=lambda: log.append('up'),
                                          tearDown=lambda: log.append('down'))
result = unittest.TestResult()
unittest.TestSuite([ftc, with_fixtures]).run(result)
print(log, result.testsRun, len(result.errors))
print(result.errors[0][0], '->', result.errors[0][1].splitlines()[-1])
print(repr(result))
print(unittest.TestCase.failureException, unittest.TestCase.longMessage, unittest.TestCase.maxDiff)
