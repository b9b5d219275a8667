"""addCleanup arguments and order, doCleanups, enterContext and cleanup errors."""
import io
import unittest


class Resource:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append('enter ' + self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        self.log.append('exit %s %r' % (self.name, exc_type))
        return False


log = []


class CleanupTests(unittest.TestCase):
    def test_order_and_arguments(self):
        self.addCleanup(log.append, 'registered first')
        self.addCleanup(lambda *a, **k: log.append('args=%r kwargs=%r' % (a, k)),
                        1, 2, key='value')
        self.addCleanup(log.append, 'registered last')

    def test_enter_context(self):
        value = self.enterContext(Resource('db', log))
        log.append('got ' + value)
        self.enterContext(Resource('cache', log))

    def test_cleanup_errors(self):
        self.addCleanup(log.append, 'still runs')
        self.addCleanup(self.explode, 'second')
        self.addCleanup(self.explode, 'first')

    def explode(self, which):
        log.append('explode ' + which)
        raise RuntimeError('cleanup %s failed' % which)

    def test_not_a_context_manager(self):
        self.enterContext(42)

    def test_manual_do_cleanups(self):
        self.addCleanup(log.append, 'manual')
        ok = self.doCleanups()
        log.append('doCleanups returned %r' % ok)
        self.addCleanup(log.append, 'after manual')


result = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(CleanupTests).run(result)
print('\n'.join(log))
for test, text in result.errors:
    print(test.id(), '->', text.strip().splitlines()[-1])
print(result.testsRun, result.wasSuccessful())


class ClassLevel(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.value = cls.enterClassContext(Resource('shared', log))
        cls.addClassCleanup(log.append, 'class cleanup')

    def test_uses_shared(self):
        log.append('test sees ' + self.value)


log.clear()
unittest.TextTestRunner(stream=io.StringIO()).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(ClassLevel))
print('\n'.join(log))

log.clear()
value = unittest.enterModuleContext(Resource('module', log))
unittest.addModuleCleanup(log.append, 'module cleanup')
unittest.doModuleCleanups()
print(value, log)
