"""Summary lines and exit statuses: no tests, only skips, an unexpected success."""
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


class Empty(unittest.TestCase):
    pass


class OnlySkips(unittest.TestCase):
    @unittest.skip('one')
    def test_one(self):
        pass

    @unittest.skip('two')
    def test_two(self):
        pass


class Surprise(unittest.TestCase):
    @unittest.expectedFailure
    def test_surprise(self):
        pass

    @unittest.expectedFailure
    def test_second_surprise(self):
        pass


def run(*names):
    print('== %s' % (', '.join(names) or 'nothing'))
    sys.stdout.flush()
    try:
        unittest.main(argv=['edge'] + list(names), defaultTest=[] if not names else None)
    except SystemExit as e:
        sys.stderr.flush()
        print('exit code:', e.code)


sys.stderr = StableStream(sys.stderr)
run('Empty')
run('OnlySkips')
run('Surprise')
run('-v', 'Surprise', 'OnlySkips.test_one')
run('-q', 'Surprise')
