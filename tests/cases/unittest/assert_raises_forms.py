"""assertRaises as a context manager and with a callable, and its failure messages."""
import unittest


class ParseError(ValueError):
    def __init__(self, line, reason):
        super().__init__('line %d: %s' % (line, reason))
        self.line = line


def parse(text):
    for number, line in enumerate(text.splitlines(), 1):
        if '=' not in line:
            raise ParseError(number, 'missing "="')
    return dict(line.split('=', 1) for line in text.splitlines())


tc = unittest.TestCase()

with tc.assertRaises(ParseError) as cm:
    parse('a=1\nb')
print('caught:', cm.exception, cm.exception.line)
print('traceback cleared:', cm.exception.__traceback__ is None)

with tc.assertRaises((KeyError, ValueError)) as cm:
    parse('oops')
print('tuple caught:', type(cm.exception).__name__)

result = tc.assertRaises(ZeroDivisionError, lambda a, b: a / b, 1, 0)
print('callable form returns:', result)

tc.assertRaises(ValueError, int, 'x', base=16)
print('kwargs passed to the callable')


def attempt(label, func):
    try:
        func()
    except AssertionError as e:
        print('%s -> AssertionError: %s' % (label, e))
    except Exception as e:
        print('%s -> %s: %s' % (label, type(e).__name__, e))


def not_raised_cm():
    with tc.assertRaises(KeyError):
        pass


def not_raised_msg():
    with tc.assertRaises(KeyError, msg='lookup should fail'):
        {}.get('x')


def wrong_type():
    with tc.assertRaises(KeyError):
        [][1]


def not_raised_callable():
    tc.assertRaises(IndexError, parse, 'a=1')


def not_raised_builtin():
    tc.assertRaises(ValueError, int, '12')


class Caller:
    def __call__(self):
        pass

    def __str__(self):
        return 'the caller'


attempt('not raised (with)', not_raised_cm)
attempt('not raised, msg', not_raised_msg)
attempt('different exception', wrong_type)
attempt('callable', not_raised_callable)
attempt('builtin', not_raised_builtin)
attempt('object without __name__', lambda: tc.assertRaises(ValueError, Caller()))
attempt('bad first argument', lambda: tc.assertRaises(42))
attempt('not an exception class', lambda: tc.assertRaises(int, int))
attempt('bad keyword', lambda: tc.assertRaises(ValueError, spam=1))
attempt('tuple not raised', lambda: tc.assertRaises((KeyError, IndexError), len, []))
attempt('base exception', lambda: tc.assertRaises(SystemExit, exit))
