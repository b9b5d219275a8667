import unittest


class Hidden(unittest.TestCase):
    def test_hidden(self):
        raise AssertionError('not a package, never discovered')
