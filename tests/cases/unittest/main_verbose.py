"""Verbose output (-v) with docstrings, skips, expected failures and subtests."""
import sys
import unittest


class StableStream:
    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        if text.startswith('Ran ') and ' in ' in text:
            text = text[:text.rindex(' in ')] + ' in 0.000s'
        return self.stream.write(text)

    def flush(self):
        self.stream.flush()


class Words(unittest.TestCase):
    def test_upper(self):
        """Upper-casing works.

        The second line of the docstring is not shown.
        """
        self.assertEqual('abc'.upper(), 'ABC')

    def test_split(self):
        self.assertEqual('a b  c'.split(), ['a', 'b', 'c'])

    @unittest.skip('not ready')
    def test_later(self):
        pass

    @unittest.skipIf(sys.maxsize > 2, 'always skipped')
    def test_conditional(self):
        pass

    @unittest.skipUnless(sys.maxsize > 2, 'never skipped')
    def test_unless(self):
        self.assertIn('b', 'abc')

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual('x'.center(3), 'x  ')

    @unittest.expectedFailure
    def test_fixed_bug(self):
        self.assertEqual('x'.ljust(3), 'x  ')

    def test_lengths(self):
        for word, size in [('a', 1), ('bb', 3), ('ccc', 3), ('', 1)]:
            with self.subTest(word=word):
                self.assertEqual(len(word), size)


if __name__ == '__main__':
    sys.stderr = StableStream(sys.stderr)
    unittest.main(argv=[sys.argv[0], '-v'])
