import unittest

from helpers import area


class ShapeTests(unittest.TestCase):
    def test_square(self):
        self.assertEqual(area('square', 3), 9)

    def test_circle(self):
        self.assertAlmostEqual(area('circle', 1), 3.14159, places=5)

    def test_unknown(self):
        with self.assertRaises(ValueError):
            area('hexagon', 2)
