"""longMessage and maxDiff control how much a failure message says."""
import unittest


class Quiet(unittest.TestCase):
    longMessage = False


class Loud(unittest.TestCase):
    maxDiff = None


def check(label, method, *args):
    try:
        method(*args)
    except AssertionError as e:
        print('--- %s' % label)
        print(e)


quiet = Quiet()
check('short, with msg', quiet.assertEqual, 1, 2, 'numbers differ')
check('short, no msg', quiet.assertEqual, 1, 2)
check('short, empty msg', quiet.assertIn, 1, [], '')
check('short, list', quiet.assertListEqual, [1, 2], [1, 3], 'lists!')

normal = unittest.TestCase()
big_a = ['item %d' % i for i in range(60)]
big_b = list(big_a)
big_b[30] = 'changed'
check('default maxDiff', normal.assertEqual, big_a, big_b)
normal.maxDiff = 40
check('tiny maxDiff', normal.assertEqual, [1, 2, 3], [1, 2, 4])
check('tiny maxDiff str', normal.assertEqual, 'one\ntwo\n', 'one\nthree\n')

loud = Loud()
check('maxDiff None', loud.assertEqual, big_a[:12], big_b[:12] + ['extra'])
