"""failureException, addTypeEqualityFunc and assertEqual's type dispatch."""
import unittest


class Money:
    def __init__(self, cents, currency='EUR'):
        self.cents = cents
        self.currency = currency

    def __eq__(self, other):
        return (self.cents, self.currency) == (other.cents, other.currency)

    def __repr__(self):
        return 'Money(%d, %r)' % (self.cents, self.currency)


class CheckFailed(Exception):
    pass


class MoneyTests(unittest.TestCase):
    failureException = CheckFailed

    def setUp(self):
        self.addTypeEqualityFunc(Money, self.assertMoneyEqual)

    def assertMoneyEqual(self, first, second, msg=None):
        if first.currency != second.currency:
            self.fail(self._formatMessage(msg, 'currencies differ: %s vs %s'
                                          % (first.currency, second.currency)))
        if first.cents != second.cents:
            self.fail(self._formatMessage(msg, 'amounts differ by %d cents'
                                          % (first.cents - second.cents)))

    def test_same(self):
        self.assertEqual(Money(100), Money(100))

    def test_currency(self):
        self.assertEqual(Money(100), Money(100, 'USD'))

    def test_amount(self):
        self.assertEqual(Money(150), Money(100), 'after discount')

    def test_plain_assertion_is_error(self):
        assert 1 == 2, 'a bare assert'

    def test_other_types(self):
        self.assertEqual([Money(1)], [Money(2)])


result = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(MoneyTests).run(result)
for test, text in result.failures:
    print('FAIL', test._testMethodName, '|', text.strip().splitlines()[-1])
for test, text in result.errors:
    print('ERROR', test._testMethodName, '|', text.strip().splitlines()[-1])

tc = unittest.TestCase()
tc.addTypeEqualityFunc(str, 'assertEqual')
print(tc._getAssertEqualityFunc('a', 'b').__name__)
print(tc._getAssertEqualityFunc([1], [2]).__name__)
print(tc._getAssertEqualityFunc([1], (2,)).__name__)
print(tc._getAssertEqualityFunc({1}, frozenset([1])).__name__)
try:
    tc._baseAssertEqual(1, 2, 'base')
except AssertionError as e:
    print(e)
