"""More subtests: failfast, docstrings in verbose mode, subTest outside a run, values shown with repr."""
import io
import unittest


def show(stream):
    for line in stream.getvalue().splitlines():
        if line.startswith('Ran ') and ' in ' in line:
            line = line[:line.rindex(' in ')] + ' in 0.000s'
        print(line)


class Parsing(unittest.TestCase):
    def test_ints(self):
        """Every sample parses as an int."""
        for text in ['1', ' 2 ', 'three', '4', 'five']:
            with self.subTest(text=text):
                int(text)

    def test_values_repr(self):
        with self.subTest(value=None, data=[1, 'x'], obj=object):
            self.fail('see the parameters')
        with self.subTest(msg='a message', n=1.5):
            self.fail('message and float')
        with self.subTest(3):
            self.fail('message that is not a string')


stream = io.StringIO()
unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(Parsing))
show(stream)

stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, failfast=True).run(Parsing('test_ints'))
show(stream)
print('failfast: failures+errors =', len(result.failures) + len(result.errors))

outside = Parsing('test_ints')
with outside.subTest(x=1):
    print('a subTest outside a run just runs its block')
try:
    with outside.subTest(x=2):
        raise KeyError('not caught outside a run')
except KeyError as e:
    print('propagated:', e)
sub = unittest.case._SubTest(outside, 'msg', {'a': 1})
print(sub.id(), '|', str(sub), '|', sub.shortDescription())
