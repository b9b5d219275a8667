"""The standard failure messages of the simple assert methods."""
import unittest


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


class Broken:
    def __repr__(self):
        raise RuntimeError('no repr')


tc = unittest.TestCase()


def check(label, method, *args, **kwargs):
    try:
        method(*args, **kwargs)
    except AssertionError as e:
        text = str(e)
        if ' object at 0x' in text:
            # Hide the address of the default repr.
            text = text[:text.index(' at 0x')] + '>' + text[text.index('>') + 1:]
        print('%-22s %s' % (label, text))
    else:
        print('%-22s passed' % label)


check('assertTrue', tc.assertTrue, 0)
check('assertTrue msg', tc.assertTrue, [], 'list is empty')
check('assertFalse', tc.assertFalse, 'text')
check('assertEqual ints', tc.assertEqual, 1, 2)
check('assertEqual mixed', tc.assertEqual, 1, '1')
check('assertEqual objects', tc.assertEqual, Point(1, 2), Point(1, 2))
check('assertNotEqual', tc.assertNotEqual, 3, 3.0)
check('assertIs', tc.assertIs, [], [])
check('assertIsNot', tc.assertIsNot, None, None)
check('assertIsNone', tc.assertIsNone, Point(0, 0))
check('assertIsNotNone', tc.assertIsNotNone, None)
check('assertIn', tc.assertIn, 4, [1, 2, 3])
check('assertIn str', tc.assertIn, 'z', 'abc')
check('assertNotIn', tc.assertNotIn, 'a', {'a': 1})
check('assertIsInstance', tc.assertIsInstance, 3, str)
check('assertIsInstance tup', tc.assertIsInstance, 3, (str, bytes))
check('assertNotIsInstance', tc.assertNotIsInstance, True, int)
check('assertLess', tc.assertLess, 2, 1)
check('assertLessEqual', tc.assertLessEqual, 'b', 'a')
check('assertGreater', tc.assertGreater, 1.5, 2)
check('assertGreaterEqual', tc.assertGreaterEqual, (1,), (2,))
check('assertLess passes', tc.assertLess, 1, 2)
check('broken repr', tc.assertIsNone, Broken())
check('fail', tc.fail, 'stopped here')
check('fail no msg', tc.fail)
check('long repr', tc.assertIsNone, list(range(40)))
check('custom msg', tc.assertEqual, 'a', 'b', 'letters differ')
check('msg object', tc.assertEqual, 1, 2, {'context': 7})
