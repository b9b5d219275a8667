"""assertCountEqual and assertAlmostEqual / assertNotAlmostEqual."""
import unittest

tc = unittest.TestCase()


def show(label, method, *args, **kwargs):
    try:
        method(*args, **kwargs)
    except AssertionError as e:
        print('[%s] %s' % (label, e))
    except TypeError as e:
        print('[%s] TypeError: %s' % (label, e))
    else:
        print('[%s] passed' % label)


show('count same', tc.assertCountEqual, [1, 2, 2, 3], [3, 2, 1, 2])
show('count diff', tc.assertCountEqual, [1, 1, 2], [1, 2, 2, 3])
show('count strings', tc.assertCountEqual, 'hello', 'world')
show('count unhashable', tc.assertCountEqual, [[1], [2], [1]], [[2], [1], [3]])
show('count unhashable ok', tc.assertCountEqual, [{'a': 1}, {'b': 2}], [{'b': 2}, {'a': 1}])
show('count iterators', tc.assertCountEqual, iter([1, 2]), (x for x in [2, 1, 1]))
show('count msg', tc.assertCountEqual, [1], [2], 'bags')
show('almost 7 places', tc.assertAlmostEqual, 1.00000001, 1.00000002)
show('almost fails', tc.assertAlmostEqual, 1.0, 1.1)
show('almost places=1', tc.assertAlmostEqual, 1.0, 1.04, places=1)
show('almost places=3', tc.assertAlmostEqual, 3.14159, 3.14, places=3)
show('almost delta ok', tc.assertAlmostEqual, 100, 104, delta=5)
show('almost delta bad', tc.assertAlmostEqual, 100, 110, delta=5)
show('almost both', tc.assertAlmostEqual, 1, 2, places=2, delta=1)
show('almost equal objs', tc.assertAlmostEqual, 'same', 'same')
show('almost strings', tc.assertAlmostEqual, 'a', 'b')
show('not almost equal', tc.assertNotAlmostEqual, 1.0, 1.0)
show('not almost close', tc.assertNotAlmostEqual, 1.0, 1.00000001)
show('not almost far', tc.assertNotAlmostEqual, 1.0, 1.5)
show('not almost delta', tc.assertNotAlmostEqual, 10, 11, delta=2)
show('not almost delta ok', tc.assertNotAlmostEqual, 10, 13, delta=2)
show('not almost both', tc.assertNotAlmostEqual, 1, 2, places=1, delta=1)
show('almost complex', tc.assertAlmostEqual, 1 + 1j, 1 + 2j)
