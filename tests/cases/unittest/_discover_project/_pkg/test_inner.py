import unittest


class InnerTests(unittest.TestCase):
    def test_inside_package(self):
        self.assertEqual(__name__, '_pkg.test_inner')
