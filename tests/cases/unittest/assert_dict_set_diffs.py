"""assertEqual on dicts and sets, assertDictEqual/assertSetEqual argument checks."""
import unittest

tc = unittest.TestCase()
tc.maxDiff = None


def show(method, *args):
    try:
        method(*args)
    except AssertionError as e:
        print(e)
    else:
        print('passed')
    print('-' * 20)


show(tc.assertEqual, {'a': 1}, {'a': 2})
show(tc.assertEqual, {'a': 1, 'b': 2}, {'b': 2, 'c': 3})
show(tc.assertEqual, {'name': 'Ann', 'age': 30, 'city': 'Oslo'},
     {'name': 'Ann', 'age': 31, 'city': 'Oslo'})
show(tc.assertEqual, {i: 'value number %d' % i for i in range(8)},
     {i: 'value number %d' % (i * 2) for i in range(8)})
show(tc.assertEqual, {'nested': {'x': [1, 2, 3]}}, {'nested': {'x': [1, 2]}})
show(tc.assertDictEqual, [], {})
show(tc.assertDictEqual, {}, None)
show(tc.assertEqual, {1, 2, 3}, {2, 3, 4})
show(tc.assertEqual, {1}, {1, 2})
show(tc.assertEqual, frozenset('ab'), frozenset('a'))
show(tc.assertSetEqual, {1}, frozenset([1]))
show(tc.assertSetEqual, {1}, [1])
show(tc.assertSetEqual, 3, {1})
show(tc.assertSetEqual, {1}, 3)
show(tc.assertEqual, {'k': (1, 2)}, {'k': (1, 2)})
