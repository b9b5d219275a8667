"""The tracebacks printed for failures and errors: unittest's own frames are left out."""
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


class ConfigError(Exception):
    pass


def load_config(text):
    try:
        key, value = text.split('=')
    except ValueError as e:
        raise ConfigError('bad line: %r' % text) from e
    return {key.strip(): value.strip()}


def check_positive(case, numbers):
    for n in numbers:
        case.assertGreater(n, 0, 'n=%d' % n)


class Tracebacks(unittest.TestCase):
    def test_helper_failure(self):
        check_positive(self, [3, 2, 0])

    def test_chained_cause(self):
        load_config('no equals sign')

    def test_context_while_handling(self):
        try:
            {}['key']
        except KeyError:
            self.assertEqual('handled', 'not handled')

    def test_suppressed_context(self):
        try:
            int('x')
        except ValueError:
            raise LookupError('replaced') from None

    def test_lambda_error(self):
        convert = lambda s: int(s) * 2
        self.assertEqual(convert('4'), 8)
        convert('four')

    def test_attribute_error(self):
        value = None
        value.strip()

    def test_failure_in_nested_function(self):
        def inner():
            self.assertIn('z', ['x', 'y'])
        inner()

    def test_raise_assertion_directly(self):
        raise AssertionError('raised by hand')

    def test_multiline_call(self):
        self.assertEqual(
            sum([1, 2, 3]),
            7,
        )

    def test_exception_with_notes(self):
        err = ValueError('with notes')
        err.add_note('first note')
        err.add_note('second note')
        raise err


if __name__ == '__main__':
    sys.stderr = StableStream(sys.stderr)
    unittest.main()
