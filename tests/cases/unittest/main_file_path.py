"""Test names given as file paths and dotted names, as `python -m unittest` accepts them."""
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


sys.stderr = StableStream(sys.stderr)
sys.path.insert(0, '_discover_project')
for argv in (['prog', '-v', '_discover_project/test_words.py'],
             ['prog', 'test_words.WordTests.test_reverse', '_pkg.test_inner'],
             ['prog', '-v', '_discover_project/_pkg/test_inner.py']):
    print('$', ' '.join(argv[1:]))
    sys.stdout.flush()
    program = unittest.main(module=None, argv=argv, exit=False)
    sys.stderr.flush()
    print('names:', program.testNames, 'ran:', program.result.testsRun)
