"""`python -m unittest discover` through unittest.main(module=None, argv=...)."""
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


def run(*args):
    print('$ python -m unittest', ' '.join(args))
    sys.stdout.flush()
    try:
        unittest.main(module=None, argv=['python -m unittest'] + list(args))
    except SystemExit as e:
        sys.stderr.flush()
        print('exit status', e.code)
        sys.stdout.flush()


sys.stderr = StableStream(sys.stderr)
run('discover', '-s', '_discover_project', '-v')
run('discover', '_discover_project', 'check*.py')
run('discover', '--start-directory', '_discover_project', '--pattern', '*_w*.py', '-q')
run('discover', '-s', '_discover_project', '-k', 'square', '-k', 'chosen', '-v')
run('-v', 'test_words.WordTests.test_count', 'test_shapes')
