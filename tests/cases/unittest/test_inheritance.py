"""Test classes sharing tests through inheritance and mixins; what the loader collects."""
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


class ContainerContract:
    """A mixin (not a TestCase): its tests run only in the concrete classes."""

    def make(self, items):
        raise NotImplementedError

    def test_len(self):
        self.assertEqual(len(self.make([1, 2, 3])), 3)

    def test_contains(self):
        self.assertIn(2, self.make([1, 2, 3]))

    def test_iteration_order(self):
        self.assertEqual(list(self.make([3, 1, 2])), [3, 1, 2])


class ListTests(ContainerContract, unittest.TestCase):
    def make(self, items):
        return list(items)


class TupleTests(ContainerContract, unittest.TestCase):
    def make(self, items):
        return tuple(items)


class SetTests(ContainerContract, unittest.TestCase):
    def make(self, items):
        return set(items)

    @unittest.skip('sets have no order')
    def test_iteration_order(self):
        pass


class BaseWithTest(unittest.TestCase):
    def test_base(self):
        self.assertTrue(hasattr(self, 'value'))


class Derived(BaseWithTest):
    value = 1

    def test_derived(self):
        pass


def add_tests(cls):
    for n in range(3):
        def test(self, n=n):
            self.assertLess(n, 2)
        test.__name__ = 'test_generated_%d' % n
        setattr(cls, test.__name__, test)
    return cls


@add_tests
class Generated(unittest.TestCase):
    pass


if __name__ == '__main__':
    loader = unittest.TestLoader()
    print(loader.getTestCaseNames(SetTests))
    print(loader.getTestCaseNames(Derived))
    sys.stderr = StableStream(sys.stderr)
    unittest.main(verbosity=2)
