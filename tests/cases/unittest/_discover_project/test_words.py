import unittest


class WordTests(unittest.TestCase):
    def test_reverse(self):
        self.assertEqual('stressed'[::-1], 'desserts')

    @unittest.skip('slow')
    def test_dictionary(self):
        pass

    def test_count(self):
        self.assertEqual('banana'.count('a'), 2)
