"""assertEqual on strings: single-line and multi-line diffs, shortened reprs."""
import unittest

tc = unittest.TestCase()
tc.maxDiff = None


def show(*args, method=None):
    try:
        (method or tc.assertEqual)(*args)
    except AssertionError as e:
        print(e)
    print('~' * 20)


show('hello', 'help')
show('hello world', 'hello  world')
show('first line\nsecond line\nthird line\n', 'first line\nsecond line!\nthird line\n')
show('a\nb\nc', 'a\nc')
show('one\n', 'one')
show('tab\there', 'tab    here')
show('x' * 100, 'x' * 99 + 'y')
show('start ' + 'm' * 120 + ' end', 'start ' + 'm' * 120 + ' END')
show('p' * 30 + 'A' * 70, 'p' * 30 + 'B' * 70)
show('same prefix ' * 10 + 'tail', 'same prefix ' * 10 + 'other')
show('line\r\n', 'line\n')
show('', 'not empty')
show('alpha\nbeta\ngamma\ndelta\nepsilon\n', 'alpha\nBETA\ngamma\ndelta\nepsilon\nzeta\n')
show('unicode: é', 'unicode: è')
show(b'bytes', b'bytez')
show('text', 5, method=tc.assertMultiLineEqual)
show(5, 'text', method=tc.assertMultiLineEqual)
