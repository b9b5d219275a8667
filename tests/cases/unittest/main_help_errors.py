"""The -h output of unittest.main() and its command-line errors (exit status 2)."""
import sys
import unittest


class T(unittest.TestCase):
    def test_nothing(self):
        pass


def attempt(argv, **kwargs):
    print('$', ' '.join(argv))
    sys.stdout.flush()
    try:
        unittest.main(argv=argv, exit=False, **kwargs)
    except SystemExit as e:
        sys.stdout.flush()
        sys.stderr.flush()
        print('exit status', e.code)


attempt(['my_tests.py', '-h'])
attempt(['my_tests.py', '--help'], failfast=True, buffer=False, catchbreak=True)
attempt(['a/very/long/path/to/some_rather_long_test_program_name.py', '-h'])
attempt(['my_tests.py', '--bogus'])
attempt(['my_tests.py', '-k'])
attempt(['my_tests.py', '-vx'])
attempt(['my_tests.py', '--locals=yes'])
attempt(['my_tests.py', 'T', '-v', 'extra'])
attempt(['my_tests.py', '-z', '--nope', 'T'])
attempt(['my_tests.py', '--bogus', '-h'])
attempt(['my_tests.py', '--verb', '--fail', '--help'])
