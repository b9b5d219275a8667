"""A test script run with command-line arguments (see main_cli_args.args): -v and test names."""
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


def divide(a, b):
    return a / b


class Calc(unittest.TestCase):
    def test_add(self):
        self.assertEqual(2 + 2, 4)

    def test_divide(self):
        self.assertEqual(divide(7, 2), 3.5)

    def test_divide_by_zero(self):
        divide(1, 0)

    def test_not_selected(self):
        raise AssertionError('only the named tests run')


if __name__ == '__main__':
    print('argv:', sys.argv[1:])
    sys.stderr = StableStream(sys.stderr)
    unittest.main()
