"""setUpModule failing, module cleanups, and a module whose tearDownModule fails."""
import io
import sys
import unittest

try:
    import types
    ModuleType = types.ModuleType
except ImportError:
    ModuleType = type(sys)


def make_module(name, fail_setup=False, fail_teardown=False):
    module = ModuleType(name)

    def setUpModule():
        print('%s: setUpModule' % name)
        unittest.addModuleCleanup(print, '%s: module cleanup' % name)
        if fail_setup:
            raise RuntimeError('%s setup failed' % name)

    def tearDownModule():
        print('%s: tearDownModule' % name)
        if fail_teardown:
            raise RuntimeError('%s teardown failed' % name)

    class Tests(unittest.TestCase):
        def test_one(self):
            print('%s: test_one' % name)

    Tests.__module__ = name
    Tests.__qualname__ = 'Tests'
    module.setUpModule = setUpModule
    module.tearDownModule = tearDownModule
    module.Tests = Tests
    sys.modules[name] = module
    return module


modules = [make_module('alpha'), make_module('beta', fail_setup=True),
           make_module('gamma', fail_teardown=True)]
loader = unittest.TestLoader()
suite = unittest.TestSuite(loader.loadTestsFromModule(m) for m in modules)
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
for test, text in result.errors:
    print('ERROR:', test, '|', text.splitlines()[-1])
print(result.testsRun, result.wasSuccessful())
