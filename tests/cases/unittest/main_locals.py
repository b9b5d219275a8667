"""--locals adds the local variables of every frame to the tracebacks."""
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


def mean(items):
    total = 0
    for item in items:
        total += item
    return total / len(items)


class Stats(unittest.TestCase):
    def test_mixed_types(self):
        data = [1, 2, 'x']
        label = "sample"
        self.assertEqual(mean(data), 1)

    def test_wrong_value(self):
        value = {'k': 1}
        self.assertEqual(value, {})


if __name__ == '__main__':
    sys.stderr = StableStream(sys.stderr)
    unittest.main(argv=[sys.argv[0], '--locals'])
