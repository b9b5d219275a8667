"""The deprecated assert aliases still work, with a DeprecationWarning each."""
import unittest
import warnings

tc = unittest.TestCase()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    tc.assertEquals(1, 1)
    tc.assertNotEquals(1, 2)
    tc.assertAlmostEquals(1.0, 1.0)
    tc.assert_(True)
    tc.failUnless(True)
    tc.failIf(False)
    tc.failUnlessEqual('a', 'a')
    tc.failIfEqual('a', 'b')
    tc.failUnlessRaises(ValueError, int, 'x')
    tc.assertRegexpMatches('abc', 'b')
    tc.assertNotRegexpMatches('abc', 'z')
    try:
        tc.assertEquals(1, 2)
    except AssertionError as e:
        print('still fails:', e)
for w in caught:
    print(w.category.__name__, w.message)
