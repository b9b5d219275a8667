"""Loading tests by names that do not resolve: the failed tests and loader.errors."""
import io
import sys
import unittest

sys.path.insert(0, '_discover_project')
loader = unittest.TestLoader()


def flatten(suite):
    found = []
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            found.extend(flatten(test))
        else:
            found.append(test)
    return found


suite = loader.loadTestsFromName('test_words')
print([t.id() for t in flatten(suite)])
suite = loader.loadTestsFromName('test_words.WordTests.test_count')
print([t.id() for t in flatten(suite)])
suite = loader.loadTestsFromName('_pkg.test_inner.InnerTests')
print([t.id() for t in flatten(suite)])

for name in ['no_such_module_xyz', 'test_words.NoSuchClass', 'test_words.WordTests.test_nope']:
    suite = loader.loadTestsFromName(name)
    test = flatten(suite)[0]
    print(name, '->', test.id(), type(test).__name__)
    print('   error starts:', loader.errors[-1].splitlines()[0])
    result = unittest.TestResult()
    suite.run(result)
    print('   running it:', result.errors[0][1].strip().splitlines()[-1].split(':')[0])
print(len(loader.errors))

stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
runner.run(loader.loadTestsFromNames(['test_words.WordTests.test_reverse',
                                      'test_words.WordTests.test_missing']))
for line in stream.getvalue().splitlines()[:2]:
    print(line)
