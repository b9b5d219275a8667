"""-b (buffer) and -f (failfast) given on the command line (see main_buffer_flag.args)."""
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


class Chatty(unittest.TestCase):
    def test_1_quiet_pass(self):
        print('this output is swallowed because the test passes')

    def test_2_loud_fail(self):
        print('debug: value is', 41)
        sys.stderr.write('warning: something odd\n')
        self.assertEqual(41, 42)

    def test_3_not_run(self):
        print('failfast stops before this test')


if __name__ == '__main__':
    sys.stderr = StableStream(sys.stderr)
    unittest.main()
