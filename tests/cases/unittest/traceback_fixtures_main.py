"""Tracebacks of errors in setUpModule and setUpClass, printed by unittest.main()."""
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


def connect(url):
    if not url.startswith('db://'):
        raise ValueError('unsupported url %r' % url)
    return url


def setUpModule():
    connect('http://example')


class NeverRuns(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        pass


if __name__ == '__main__':
    sys.stderr = StableStream(sys.stderr)
    unittest.main(verbosity=2)
