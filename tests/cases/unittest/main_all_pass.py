"""A small, fully passing suite run through unittest.main()."""
import sys
import unittest


class StableStream:
    """Forwards to a stream, printing the run time as 0.000s."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        if text.startswith('Ran ') and ' in ' in text:
            text = text[:text.rindex(' in ')] + ' in 0.000s'
        return self.stream.write(text)

    def flush(self):
        self.stream.flush()


def celsius_to_fahrenheit(c):
    return c * 9 / 5 + 32


class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise IndexError('pop from empty stack')
        return self._items.pop()

    def __len__(self):
        return len(self._items)


class TemperatureTests(unittest.TestCase):
    def test_freezing(self):
        self.assertEqual(celsius_to_fahrenheit(0), 32)

    def test_boiling(self):
        self.assertEqual(celsius_to_fahrenheit(100), 212)

    def test_body(self):
        self.assertAlmostEqual(celsius_to_fahrenheit(37), 98.6)


class StackTests(unittest.TestCase):
    def setUp(self):
        self.stack = Stack()

    def test_push_pop(self):
        self.stack.push(1)
        self.stack.push(2)
        self.assertEqual(self.stack.pop(), 2)
        self.assertEqual(len(self.stack), 1)

    def test_empty_pop(self):
        with self.assertRaises(IndexError) as cm:
            self.stack.pop()
        self.assertEqual(str(cm.exception), 'pop from empty stack')

    def test_len(self):
        for i in range(5):
            self.stack.push(i)
        self.assertEqual(len(self.stack), 5)


if __name__ == '__main__':
    sys.stderr = StableStream(sys.stderr)
    unittest.main()
