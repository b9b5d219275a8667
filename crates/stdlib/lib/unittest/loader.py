"""Finding and loading tests: TestLoader (by class, module, name or discovery)."""

import sys
import functools

from . import case, suite, util

__unittest = True

_ModuleType = type(sys)
_FunctionType = type(lambda: None)


def _os():
    import os
    return os


def _warn_deprecated(message, stacklevel=2):
    # stacklevel counts from the caller of this helper.
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, DeprecationWarning, stacklevel=stacklevel + 1)


def _format_exc():
    """The text traceback.format_exc() would give for the exception being handled."""
    from .result import _format_current_exception
    return _format_current_exception()


# -- glob patterns (fnmatch without the re module) -------------------------

def _class_matches(spec, char):
    # spec is the inside of [...]; '!' negates.
    negate = spec.startswith('!')
    if negate:
        spec = spec[1:]
    found = False
    i = 0
    while i < len(spec):
        if i + 2 < len(spec) and spec[i + 1] == '-':
            if spec[i] <= char <= spec[i + 2]:
                found = True
            i += 3
        else:
            if spec[i] == char:
                found = True
            i += 1
    return found != negate


def fnmatchcase(name, pattern):
    """True if name matches the shell glob pattern (* ? [seq] [!seq])."""
    memo = {}

    def match(n, p):
        key = (n, p)
        if key in memo:
            return memo[key]
        result = None
        while result is None:
            if p == len(pattern):
                result = n == len(name)
                break
            char = pattern[p]
            if char == '*':
                result = any(match(k, p + 1) for k in range(n, len(name) + 1))
                break
            if n == len(name):
                result = False
                break
            if char == '?':
                n += 1
                p += 1
                continue
            if char == '[':
                end = p + 1
                if end < len(pattern) and pattern[end] == '!':
                    end += 1
                if end < len(pattern) and pattern[end] == ']':
                    end += 1
                while end < len(pattern) and pattern[end] != ']':
                    end += 1
                if end < len(pattern):
                    if not _class_matches(pattern[p + 1:end], name[n]):
                        result = False
                        break
                    n += 1
                    p = end + 1
                    continue
                # No closing bracket: a literal '['.
            if name[n] != char:
                result = False
                break
            n += 1
            p += 1
        memo[key] = result
        return result

    return match(0, 0)


def _valid_module_name(filename):
    # A file discovery may import: an identifier followed by '.py'.
    if len(filename) < 4 or filename[-3:].lower() != '.py':
        return False
    stem = filename[:-3]
    first = stem[0]
    if not (first == '_' or ('a' <= first.lower() <= 'z')):
        return False
    return all(c == '_' or c.isalnum() for c in stem[1:])


# -- placeholders for tests that could not be loaded -----------------------

class _FailedTest(case.TestCase):
    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super(_FailedTest, self).__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (type(self).__name__, name))

        def testFailure():
            raise self._exception
        return testFailure


def _make_failed_test(methodname, exception, suiteClass, message):
    test = _FailedTest(methodname, exception)
    return suiteClass((test,)), message


def _make_failed_import_test(name, suiteClass):
    message = 'Failed to import test module: %s\n%s' % (name, _format_exc())
    return _make_failed_test(name, ImportError(message), suiteClass, message)


def _make_failed_load_tests(name, exception, suiteClass):
    message = 'Failed to call load_tests:\n%s' % (_format_exc(),)
    return _make_failed_test(name, exception, suiteClass, message)


def _make_skipped_test(methodname, exception, suiteClass):
    @case.skip(str(exception))
    def testSkipped(self):
        pass
    attrs = {methodname: testSkipped}
    TestClass = type("ModuleSkipped", (case.TestCase,), attrs)
    return suiteClass((TestClass(methodname),))


def _splitext(path):
    return _os().path.splitext(path)[0]


class TestLoader(object):
    """Builds test suites from classes, modules, dotted names or a folder.

    testMethodPrefix selects the methods that are tests, sortTestMethodsUsing
    orders them (a cmp function), testNamePatterns (globs over
    "module.Class.method") filters them and suiteClass builds the suites.
    """
    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite
    _top_level_dir = None

    def __init__(self):
        super(TestLoader, self).__init__()
        self.errors = []
        # Packages being loaded by discovery, so that a load_tests in a
        # package calling discover() does not load the package again.
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite of all the test methods of the TestCase subclass."""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from "
                            "TestSuite. Maybe you meant to derive from "
                            "TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass([testCaseClass(name) for name in names])

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        """A suite of the tests of every TestCase class found in module
        (or what the module's load_tests(loader, tests, pattern) returns)."""
        if args or 'use_load_tests' in kws:
            _warn_deprecated('use_load_tests is deprecated and ignored', 1)
            kws.pop('use_load_tests', None)
        if len(args) > 1:
            raise TypeError('loadTestsFromModule() takes 1 positional argument '
                            'but {} were given'.format(len(args) + 1))
        if kws:
            raise TypeError("loadTestsFromModule() got an unexpected keyword "
                            "argument '{}'".format(sorted(kws)[0]))
        found = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, case.TestCase):
                found.append(self.loadTestsFromTestCase(obj))

        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(found)
        if load_tests is None:
            return tests
        try:
            return load_tests(self, tests, pattern)
        except Exception as e:
            error_case, error_message = _make_failed_load_tests(
                module.__name__, e, self.suiteClass)
            self.errors.append(error_message)
            return error_case

    def loadTestsFromName(self, name, module=None):
        """The tests named by a dotted name: a module, a TestCase class, a
        test method, a suite, or a callable returning a test or a suite.
        The name is resolved relative to module when one is given."""
        parts = name.split('.')
        error_case, error_message = None, None
        if module is None:
            # Import the longest importable prefix of the name.
            prefix = parts[:]
            while prefix:
                try:
                    module_name = '.'.join(prefix)
                    module = __import__(module_name)
                    break
                except ImportError:
                    last = prefix.pop()
                    error_case, error_message = _make_failed_import_test(
                        last, self.suiteClass)
                    if not prefix:
                        self.errors.append(error_message)
                        return error_case
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                if getattr(obj, '__path__', None) is not None and error_case is not None:
                    # A package whose submodule failed to import: report
                    # the import error, it says more.
                    self.errors.append(error_message)
                    return error_case
                error_case, error_message = _make_failed_test(
                    part, e, self.suiteClass,
                    'Failed to access attribute:\n%s' % (_format_exc(),))
                self.errors.append(error_message)
                return error_case

        if isinstance(obj, _ModuleType):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        if (isinstance(obj, _FunctionType) and isinstance(parent, type)
                and issubclass(parent, case.TestCase)):
            method_name = parts[-1]
            instance = parent(method_name)
            # A static method is not a test method; it is called below.
            if not isinstance(getattr(instance, method_name), _FunctionType):
                return self.suiteClass([instance])
        elif isinstance(obj, suite.TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, suite.TestSuite):
                return test
            if isinstance(test, case.TestCase):
                return self.suiteClass([test])
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        """A suite holding the suites of loadTestsFromName for every name."""
        return self.suiteClass([self.loadTestsFromName(name, module)
                                for name in names])

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of the test methods of testCaseClass."""
        def wanted(attrname):
            if not attrname.startswith(self.testMethodPrefix):
                return False
            if not callable(getattr(testCaseClass, attrname)):
                return False
            if self.testNamePatterns is None:
                return True
            full_name = '%s.%s.%s' % (testCaseClass.__module__,
                                      testCaseClass.__qualname__, attrname)
            return any(fnmatchcase(full_name, pattern)
                       for pattern in self.testNamePatterns)
        names = [name for name in dir(testCaseClass) if wanted(name)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """Find the test modules under start_dir (recursing into packages)
        whose file names match pattern, import them and return a suite of
        their tests.

        Modules are imported from top_level_dir (default: start_dir), which
        is put on sys.path.  start_dir may also be a dotted module name.  A
        package's load_tests(loader, tests, pattern) takes over the loading
        of that package.
        """
        os = _os()
        saved_top = self._top_level_dir
        implicit_top = False
        if top_level_dir is None and self._top_level_dir is not None:
            # Called from a load_tests during discovery: keep the top.
            top_level_dir = self._top_level_dir
        elif top_level_dir is None:
            implicit_top = True
            top_level_dir = start_dir

        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir

        not_importable = False
        if os.path.isdir(os.path.abspath(start_dir)):
            start_dir = os.path.abspath(start_dir)
            if start_dir != top_level_dir:
                not_importable = not os.path.isfile(os.path.join(start_dir, '__init__.py'))
        else:
            # A dotted module name.
            try:
                __import__(start_dir)
            except ImportError:
                not_importable = True
            else:
                the_module = sys.modules[start_dir]
                top_part = start_dir.split('.')[0]
                try:
                    start_dir = os.path.abspath(os.path.dirname(the_module.__file__))
                except AttributeError:
                    if the_module.__name__ in sys.builtin_module_names:
                        raise TypeError('Can not use builtin modules '
                                        'as dotted module names') from None
                    raise TypeError("don't know how to discover from {!r}"
                                    .format(the_module)) from None
                if implicit_top:
                    self._top_level_dir = self._get_directory_containing_module(top_part)
                    sys.path.remove(top_level_dir)

        if not_importable:
            raise ImportError('Start directory is not importable: %r' % start_dir)

        tests = list(self._find_tests(start_dir, pattern))
        self._top_level_dir = saved_top
        return self.suiteClass(tests)

    def _get_directory_containing_module(self, module_name):
        os = _os()
        module = sys.modules[module_name]
        full_path = os.path.abspath(module.__file__)
        if os.path.basename(full_path).lower().startswith('__init__.py'):
            return os.path.dirname(os.path.dirname(full_path))
        return os.path.dirname(full_path)

    def _get_name_from_path(self, path):
        os = _os()
        if path == self._top_level_dir:
            return '.'
        path = _splitext(os.path.normpath(path))
        relative = os.path.relpath(path, self._top_level_dir)
        assert not os.path.isabs(relative), "Path must be within the project"
        assert not relative.startswith('..'), "Path must be within the project"
        return relative.replace(os.path.sep, '.')

    def _get_module_from_name(self, name):
        __import__(name)
        return sys.modules[name]

    def _match_path(self, path, full_path, pattern):
        # Overridable: does the file name match the discovery pattern?
        return fnmatchcase(_os().path.normcase(path), _os().path.normcase(pattern))

    def _find_tests(self, start_dir, pattern):
        """Yield the suites found in start_dir and below."""
        os = _os()
        name = self._get_name_from_path(start_dir)
        if name != '.' and name not in self._loading_packages:
            # start_dir is a package itself: load it first.
            tests, recurse = self._find_test_path(start_dir, pattern)
            if tests is not None:
                yield tests
            if not recurse:
                return
        for entry in sorted(os.listdir(start_dir)):
            full_path = os.path.join(start_dir, entry)
            tests, recurse = self._find_test_path(full_path, pattern)
            if tests is not None:
                yield tests
            if recurse:
                package = self._get_name_from_path(full_path)
                self._loading_packages.add(package)
                try:
                    yield from self._find_tests(full_path, pattern)
                finally:
                    self._loading_packages.discard(package)

    def _import_for_discovery(self, name):
        # (module, None) or (None, the suite reporting the problem)
        try:
            return self._get_module_from_name(name), None
        except case.SkipTest as e:
            return None, _make_skipped_test(name, e, self.suiteClass)
        except:
            error_case, error_message = _make_failed_import_test(name, self.suiteClass)
            self.errors.append(error_message)
            return None, error_case

    def _find_test_path(self, full_path, pattern):
        """(tests or None, whether to look inside) for one directory entry."""
        os = _os()
        basename = os.path.basename(full_path)
        if os.path.isfile(full_path):
            if not _valid_module_name(basename):
                return None, False
            if not self._match_path(basename, full_path, pattern):
                return None, False
            name = self._get_name_from_path(full_path)
            module, problem = self._import_for_discovery(name)
            if module is None:
                return problem, False
            # The module must come from this very file, not from elsewhere
            # on sys.path.
            module_file = os.path.abspath(getattr(module, '__file__', full_path))
            real = _splitext(os.path.realpath(module_file))
            expected = _splitext(os.path.realpath(full_path))
            if real.lower() != expected.lower():
                raise ImportError(
                    "%r module incorrectly imported from %r. Expected %r. "
                    "Is this module globally installed?"
                    % (_splitext(basename), os.path.dirname(real),
                       os.path.dirname(full_path)))
            return self.loadTestsFromModule(module, pattern=pattern), False

        if os.path.isdir(full_path):
            if not os.path.isfile(os.path.join(full_path, '__init__.py')):
                return None, False
            name = self._get_name_from_path(full_path)
            package, problem = self._import_for_discovery(name)
            if package is None:
                return problem, False
            load_tests = getattr(package, 'load_tests', None)
            self._loading_packages.add(name)
            try:
                tests = self.loadTestsFromModule(package, pattern=pattern)
            finally:
                self._loading_packages.discard(name)
            # A package with load_tests handles its own contents.
            return tests, load_tests is None
        return None, False


defaultTestLoader = TestLoader()


def _makeLoader(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    loader = TestLoader()
    loader.sortTestMethodsUsing = sortUsing
    loader.testMethodPrefix = prefix
    loader.testNamePatterns = testNamePatterns
    if suiteClass:
        loader.suiteClass = suiteClass
    return loader


def getTestCaseNames(testCaseClass, prefix, sortUsing=util.three_way_cmp,
                     testNamePatterns=None):
    """Deprecated: use TestLoader().getTestCaseNames()."""
    _warn_deprecated(
        "unittest.getTestCaseNames() is deprecated and will be removed in "
        "Python 3.13. Please use unittest.TestLoader.getTestCaseNames() "
        "instead.")
    return _makeLoader(prefix, sortUsing,
                       testNamePatterns=testNamePatterns).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=util.three_way_cmp,
              suiteClass=suite.TestSuite):
    """Deprecated: use TestLoader().loadTestsFromTestCase()."""
    _warn_deprecated(
        "unittest.makeSuite() is deprecated and will be removed in Python "
        "3.13. Please use unittest.TestLoader.loadTestsFromTestCase() "
        "instead.")
    return _makeLoader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(
        testCaseClass)


def findTestCases(module, prefix='test', sortUsing=util.three_way_cmp,
                  suiteClass=suite.TestSuite):
    """Deprecated: use TestLoader().loadTestsFromModule()."""
    _warn_deprecated(
        "unittest.findTestCases() is deprecated and will be removed in Python "
        "3.13. Please use unittest.TestLoader.loadTestsFromModule() "
        "instead.")
    return _makeLoader(prefix, sortUsing, suiteClass).loadTestsFromModule(
        module)
