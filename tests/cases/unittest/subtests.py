"""Subtests: messages, parameters, nesting, failures and errors in dots and verbose modes."""
import io
import unittest


def run(case_class, verbosity):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity)
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(case_class)
    result = runner.run(suite)
    for line in stream.getvalue().splitlines():
        if line.startswith('Ran '):
            line = line[:line.rindex(' in ')] + ' in 0.000s'
        print(line)
    print('result:', result)
    return result


def is_even(n):
    return n % 2 == 0


class EvenTests(unittest.TestCase):
    def test_evens(self):
        for n in [0, 2, 3, 4, 7]:
            with self.subTest(n=n):
                self.assertTrue(is_even(n))

    def test_message_only(self):
        with self.subTest('checking keys'):
            self.assertIn('k', {'j': 1})

    def test_message_and_params(self):
        with self.subTest('pairs', a=1, b='two'):
            self.assertEqual(1, 2)

    def test_nested(self):
        for i in range(2):
            with self.subTest(outer=i):
                for j in range(2):
                    with self.subTest(inner=j):
                        self.assertLess(i + j, 2)

    def test_override_param(self):
        with self.subTest(x=1, y=2):
            with self.subTest('inner', x=3):
                self.fail('boom')

    def test_error_in_subtest(self):
        with self.subTest(key='a'):
            {}['a']
        with self.subTest():
            raise RuntimeError('empty subtest')
        print('after subtests')

    def test_all_pass(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertGreaterEqual(i, 0)

    def test_skip_inside(self):
        with self.subTest(platform='x'):
            self.skipTest('not on x')
        with self.subTest(platform='y'):
            pass


print('== dots')
r = run(EvenTests, 1)
print([str(test) for test, _ in r.failures])
print([test.id() for test, _ in r.errors])
print([(str(test), reason) for test, reason in r.skipped])
print('== verbose')
run(EvenTests, 2)
