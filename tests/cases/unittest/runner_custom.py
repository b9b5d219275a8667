"""unittest.main with a custom runner class, a runner instance and a custom loader."""
import io
import unittest


class Tests(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def check_c(self):
        pass


def flatten(suite):
    found = []
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            found.extend(flatten(test))
        else:
            found.append(test)
    return found


class RecordingRunner:
    def __init__(self, verbosity=1, failfast=False, buffer=False, warnings=None, tb_locals=False):
        print('runner made with verbosity=%r failfast=%r buffer=%r warnings=%r tb_locals=%r'
              % (verbosity, failfast, buffer, warnings, tb_locals))

    def run(self, test):
        names = [t.id() for t in flatten(test)]
        print('running', names)
        result = unittest.TestResult()
        test(result)
        return result


class OldStyleRunner:
    def __init__(self):
        print('runner without options')

    def run(self, test):
        return test(unittest.TestResult())


class PickyRunner:
    def __init__(self, verbosity, failfast, buffer, warnings):
        print('runner without tb_locals, verbosity', verbosity)

    def run(self, test):
        return test(unittest.TestResult())


loader = unittest.TestLoader()
loader.testMethodPrefix = 'check'
p = unittest.main(argv=['x', '-v', '--locals'], testRunner=RecordingRunner, exit=False, warnings='ignore')
print(p.result.testsRun)
p = unittest.main(argv=['x'], testRunner=OldStyleRunner, exit=False)
print(p.result.testsRun)
p = unittest.main(argv=['x', '-q'], testRunner=PickyRunner, exit=False)
p = unittest.main(argv=['x'], testLoader=loader, testRunner=RecordingRunner, exit=False)
stream = io.StringIO()
p = unittest.main(argv=['x', 'Tests.test_a'], exit=False,
                  testRunner=unittest.TextTestRunner(stream=stream, verbosity=2))
print(stream.getvalue().splitlines()[0])
print(p.testRunner.verbosity, p.result.testsRun)
print(unittest.main is unittest.TestProgram, unittest.TestProgram.__name__)
