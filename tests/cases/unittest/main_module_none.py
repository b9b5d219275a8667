"""`python -m unittest` entry point: unittest.main(module=None) with names, -h and discover -h."""
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


class Greeting(unittest.TestCase):
    def test_hello(self):
        self.assertEqual('hello'.title(), 'Hello')

    def test_bye(self):
        self.assertEqual('bye'.upper(), 'BYE!')


def run(*args):
    print('$ python -m unittest', ' '.join(args))
    sys.stdout.flush()
    try:
        unittest.main(module=None, argv=['python -m unittest'] + list(args))
    except SystemExit as e:
        sys.stderr.flush()
        print('exit status', e.code)


sys.stderr = StableStream(sys.stderr)
run('-v', '__main__.Greeting.test_hello')
run('__main__.Greeting')
run('-h')
run('discover', '-h')
run('discover', '-s')
run('discover', 'a', 'b', 'c', 'd')
