import unittest


class Chosen(unittest.TestCase):
    def test_chosen(self):
        pass
