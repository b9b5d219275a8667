"""registerResult/removeResult, installHandler/removeHandler and the -c option."""
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


result = unittest.TestResult()
unittest.registerResult(result)
print(unittest.removeResult(result), unittest.removeResult(result))

unittest.installHandler()
unittest.installHandler()
unittest.removeHandler()


@unittest.removeHandler
def without_handler(x):
    return x + 1


print(without_handler(1), without_handler.__name__)


class Quick(unittest.TestCase):
    def test_quick(self):
        pass


sys.stderr = StableStream(sys.stderr)
program = unittest.main(argv=['prog', '-c', '-v'], exit=False)
print(program.catchbreak, program.result.wasSuccessful())
unittest.removeHandler()
