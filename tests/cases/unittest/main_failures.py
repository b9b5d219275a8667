"""unittest.main() with failures and errors: report on stderr, exit status 1."""
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


def parse_price(text):
    amount, currency = text.split()
    return float(amount), currency


def average(values):
    return sum(values) / len(values)


class ParseTests(unittest.TestCase):
    def test_simple(self):
        self.assertEqual(parse_price('3.50 EUR'), (3.5, 'EUR'))

    def test_wrong_expectation(self):
        self.assertEqual(parse_price('2 USD'), (2.0, 'EUR'))

    def test_bad_input(self):
        parse_price('free')

    def test_average_empty(self):
        self.assertEqual(average([]), 0)

    def test_average(self):
        self.assertEqual(average([1, 2, 3]), 2)

    def test_message(self):
        self.assertTrue(parse_price('1 GBP')[0] > 5, 'price too low')


if __name__ == '__main__':
    print('starting')
    sys.stderr = StableStream(sys.stderr)
    unittest.main()
