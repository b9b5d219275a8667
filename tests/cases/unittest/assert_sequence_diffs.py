"""assertEqual on lists and tuples: the "differ" summary and the ndiff of pprint output."""
import unittest

tc = unittest.TestCase()
tc.maxDiff = None


def show(first, second, *rest, method=None):
    try:
        (method or tc.assertEqual)(first, second, *rest)
    except AssertionError as e:
        print(e)
        print('=' * 20)


show([1, 2, 3], [1, 2, 4])
show([1, 2, 3], [1, 2])
show([1], [1, 2, 3])
show((1, 'a'), (1, 'b'))
show([], [None])
show(['alpha', 'beta', 'gamma', 'delta'], ['alpha', 'gamma', 'delta', 'epsilon'])
show([{'id': 1, 'tags': ['x', 'y']}, {'id': 2, 'tags': []}],
     [{'id': 1, 'tags': ['x', 'z']}, {'id': 2, 'tags': []}])
show(list(range(30)), list(range(1, 31)))
show(['a' * 50, 'b' * 50], ['a' * 50, 'c' * 50])
show([1, 2], (1, 2), method=tc.assertSequenceEqual)
show([1, 2], (1, 3), method=tc.assertSequenceEqual)
show('abc', 'abd', method=tc.assertSequenceEqual)
show([1], (1,), method=tc.assertListEqual)
show((1,), [1], method=tc.assertTupleEqual)
show(5, [5], method=tc.assertSequenceEqual)
show([[1, 2], [3, 4]], [[1, 2], [3, 5]])
show([1.0, 2.5], [1.0, 2.25], 'floats')


class MyList(list):
    pass


show(MyList([1, 2]), [1, 3])
show([1, 2], MyList([1, 2]))
print('subclass equal: passed')
