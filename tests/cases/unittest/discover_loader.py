"""TestLoader.discover over a project folder: patterns, packages, load_tests."""
import os
import sys
import unittest


def ids(suite):
    found = []
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            found.extend(ids(test))
        else:
            found.append(test.id())
    return found


loader = unittest.TestLoader()
suite = loader.discover('_discover_project')
print(suite.countTestCases())
for test_id in ids(suite):
    print(' ', test_id)
print(loader.errors)
print('top level on sys.path:', sys.path[0] == os.path.abspath('_discover_project'))

print(ids(unittest.TestLoader().discover('_discover_project', pattern='check*.py')))
print(ids(unittest.TestLoader().discover('_discover_project', pattern='*_w*.py')))
print(ids(unittest.TestLoader().discover('_discover_project/_pkg',
                                         top_level_dir='_discover_project')))

result = unittest.TestResult()
suite.run(result)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped))

try:
    unittest.TestLoader().discover('_discover_project/_notpkg', top_level_dir='_discover_project')
except ImportError as e:
    print('ImportError:', str(e).replace(os.getcwd(), '.'))
