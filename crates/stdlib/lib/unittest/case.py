"""Test cases: TestCase and its assert methods, FunctionTestCase, skips and cleanups.

A TestCase instance runs one test method.  Running it goes through these
parts, each guarded so that an exception is recorded on the result rather
than propagated: setUp, the test method, tearDown (only when setUp worked)
and the cleanups registered with addCleanup (always).  Failures are
exceptions of the class's failureException (AssertionError); anything else
is an error; SkipTest marks the test as skipped.
"""

import sys
import functools
import difflib
import collections

import pprint as _pprint
import re as _re
from .util import (strclass, safe_repr, _count_diff_all_purpose,
                   _count_diff_hashable, _common_shorten_repr)

__unittest = True

# Marks "no message given" for subTest (None is a valid message).
_subtest_msg_sentinel = object()

DIFF_OMITTED = ('\nDiff is %s characters long. '
                'Set self.maxDiff to None to see it.')

_FunctionType = type(lambda: None)


def _warn(message, category, stacklevel=1):
    """Issue a warning when the warnings module exists (pyrite lacks it)."""
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, category, stacklevel=stacklevel + 1)


class SkipTest(Exception):
    """Raised to skip the running test.

    TestCase.skipTest() and the skip decorators raise it for you.
    """


class _ShouldStop(Exception):
    """Internal: stop running the current test."""


class _UnexpectedSuccess(Exception):
    """Internal: a test expected to fail passed."""


def _add_skip(result, test, reason):
    add_skip = getattr(result, 'addSkip', None)
    if add_skip is None:
        _warn("TestResult has no addSkip method, skips not reported",
              RuntimeWarning, 2)
        result.addSuccess(test)
    else:
        add_skip(test, reason)


def _add_error(result, test, exc_info):
    """Report exc_info as a failure or an error, by the test's failureException."""
    if result is None or exc_info is None:
        return
    if issubclass(exc_info[0], test.failureException):
        result.addFailure(test, exc_info)
    else:
        result.addError(test, exc_info)


class _Part:
    """Runs one guarded part of a test as a `with` block.

    Whatever the block raises (except KeyboardInterrupt) is reported and
    swallowed.  outcome.success ends up false when this part, or an
    earlier one, went wrong.
    """

    def __init__(self, outcome, test, is_subtest):
        self.outcome = outcome
        self.test = test
        self.is_subtest = is_subtest
        self.success_before = True

    def __enter__(self):
        self.success_before = self.outcome.success
        self.outcome.success = True
        return self

    def __exit__(self, exc_type, exc_value, tb):
        outcome = self.outcome
        try:
            if exc_type is None:
                if self.is_subtest and outcome.success:
                    outcome.result.addSubTest(self.test.test_case, self.test, None)
                return False
            if issubclass(exc_type, KeyboardInterrupt):
                return False
            if issubclass(exc_type, SkipTest):
                outcome.success = False
                _add_skip(outcome.result, self.test, str(exc_value))
            elif issubclass(exc_type, _ShouldStop):
                pass
            elif outcome.expecting_failure:
                outcome.expectedFailure = (exc_type, exc_value, tb)
            else:
                outcome.success = False
                exc_info = (exc_type, exc_value, tb)
                if self.is_subtest:
                    outcome.result.addSubTest(self.test.test_case, self.test, exc_info)
                else:
                    _add_error(outcome.result, self.test, exc_info)
            return True
        finally:
            outcome.success = outcome.success and self.success_before


class _Outcome:
    """The state of one test run shared by its parts."""

    def __init__(self, result=None):
        self.result = result
        self.result_supports_subtests = hasattr(result, 'addSubTest')
        self.success = True
        self.expecting_failure = False
        self.expectedFailure = None

    def testPartExecutor(self, test_case, subTest=False):
        return _Part(self, test_case, subTest)


def _enter_context(cm, add_cleanup):
    # Enter cm now and register its __exit__ as a cleanup.
    kind = type(cm)
    try:
        enter = kind.__enter__
        leave = kind.__exit__
    except AttributeError:
        raise TypeError("'%s.%s' object does not support the context manager protocol"
                        % (kind.__module__, kind.__qualname__)) from None
    value = enter(cm)
    add_cleanup(leave, cm, None, None, None)
    return value


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Register function(*args, **kwargs) to run after the module's tests
    (even when setUpModule failed)."""
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    """Enter cm and exit it as a module cleanup; return what __enter__ returned."""
    return _enter_context(cm, addModuleCleanup)


def doModuleCleanups():
    """Run the module cleanups, newest first; re-raise the first error."""
    errors = []
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as exc:
            errors.append(exc)
    if errors:
        raise errors[0]


def skip(reason):
    """Decorator: always skip the test function or the whole TestCase class."""
    def mark(item):
        if not isinstance(item, type):
            original = item

            @functools.wraps(original)
            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            item = skip_wrapper
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item

    if isinstance(reason, _FunctionType):
        # Bare @skip without a reason.
        item, reason = reason, ''
        return mark(item)
    return mark


def _unchanged(item):
    return item


def skipIf(condition, reason):
    """Decorator: skip the test when condition is true."""
    return skip(reason) if condition else _unchanged


def skipUnless(condition, reason):
    """Decorator: skip the test unless condition is true."""
    return _unchanged if condition else skip(reason)


def expectedFailure(test_item):
    """Decorator: the test is expected to fail (or error)."""
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _is_subtype(expected, basetype):
    if isinstance(expected, tuple):
        for item in expected:
            if not _is_subtype(item, basetype):
                return False
        return True
    return isinstance(expected, type) and issubclass(expected, basetype)


def _name_of(expected):
    try:
        return expected.__name__
    except AttributeError:
        return str(expected)


class _BaseTestCaseContext:
    def __init__(self, test_case):
        self.test_case = test_case

    def _raiseFailure(self, standardMsg):
        msg = self.test_case._formatMessage(self.msg, standardMsg)
        raise self.test_case.failureException(msg)


class _AssertRaisesBaseContext(_BaseTestCaseContext):
    """Shared part of the assertRaises/assertWarns context managers."""

    def __init__(self, expected, test_case, expected_regex=None):
        _BaseTestCaseContext.__init__(self, test_case)
        self.expected = expected
        if expected_regex is not None:
            expected_regex = _re.compile(expected_regex)
        self.expected_regex = expected_regex
        self.obj_name = None
        self.msg = None

    def handle(self, name, args, kwargs):
        """With no positional args, return self for use in a `with`; else
        call args[0](*args[1:], **kwargs) under the check."""
        if not _is_subtype(self.expected, self._base_type):
            raise TypeError('%s() arg 1 must be %s' % (name, self._base_type_str))
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for '
                                'this function' % (next(iter(kwargs)),))
            return self
        func = args[0]
        try:
            self.obj_name = func.__name__
        except AttributeError:
            self.obj_name = str(func)
        with self:
            func(*args[1:], **kwargs)
        return None


class _AssertRaisesContext(_AssertRaisesBaseContext):
    """Context manager behind assertRaises and assertRaisesRegex."""

    _base_type = BaseException
    _base_type_str = 'an exception type or tuple of exception types'

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            what = _name_of(self.expected)
            if self.obj_name:
                self._raiseFailure("%s not raised by %s" % (what, self.obj_name))
            self._raiseFailure("%s not raised" % (what,))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value.with_traceback(None)
        pattern = self.expected_regex
        if pattern is not None and not pattern.search(str(exc_value)):
            self._raiseFailure('"%s" does not match "%s"' % (pattern.pattern,
                                                             str(exc_value)))
        return True


class _AssertWarnsContext(_AssertRaisesBaseContext):
    """Context manager behind assertWarns and assertWarnsRegex."""

    _base_type = Warning
    _base_type_str = 'a warning type or tuple of warning types'

    def __enter__(self):
        # Forget which warnings were already shown, or they would be hidden.
        for module in list(sys.modules.values()):
            if getattr(module, '__warningregistry__', None):
                module.__warningregistry__ = {}
        self.warnings_manager = None
        self.warnings = []
        try:
            import warnings
        except ImportError:
            return self
        self.warnings_manager = warnings.catch_warnings(record=True)
        self.warnings = self.warnings_manager.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if self.warnings_manager is not None:
            self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return None
        first_of_type = None
        for record in self.warnings:
            warning = record.message
            if not isinstance(warning, self.expected):
                continue
            if first_of_type is None:
                first_of_type = warning
            if (self.expected_regex is not None
                    and not self.expected_regex.search(str(warning))):
                continue
            self.warning = warning
            self.filename = record.filename
            self.lineno = record.lineno
            return None
        if first_of_type is not None:
            self._raiseFailure('"%s" does not match "%s"' % (
                self.expected_regex.pattern, str(first_of_type)))
        what = _name_of(self.expected)
        if self.obj_name:
            self._raiseFailure("%s not triggered by %s" % (what, self.obj_name))
        self._raiseFailure("%s not triggered" % (what,))


class _OrderedChainMap(collections.ChainMap):
    """ChainMap whose keys come innermost mapping first, without repeats."""

    def __iter__(self):
        seen = set()
        for mapping in self.maps:
            for key in mapping:
                if key not in seen:
                    seen.add(key)
                    yield key


class _SubTestContext:
    """What TestCase.subTest() returns: runs its block as a subtest."""

    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params
        self.parent = None
        self.part = None

    def __enter__(self):
        case = self.case
        outcome = case._outcome
        if outcome is None or not outcome.result_supports_subtests:
            return None
        self.parent = case._subtest
        if self.parent is None:
            params = _OrderedChainMap(self.params)
        else:
            params = self.parent.params.new_child(self.params)
        case._subtest = _SubTest(case, self.msg, params)
        self.part = outcome.testPartExecutor(case._subtest, subTest=True)
        self.part.__enter__()
        return None

    def __exit__(self, exc_type, exc_value, tb):
        if self.part is None:
            return False
        case = self.case
        try:
            if not self.part.__exit__(exc_type, exc_value, tb):
                return False
            outcome = case._outcome
            if not outcome.success:
                result = outcome.result
                if result is not None and result.failfast:
                    raise _ShouldStop
            elif outcome.expectedFailure:
                # The expected failure happened: the test is over.
                raise _ShouldStop
            return True
        finally:
            case._subtest = self.parent


def _ordering_assert(name, holds, wording):
    # Builds assertLess and friends.
    def check(self, a, b, msg=None):
        if not holds(a, b):
            standard = '%s %s %s' % (safe_repr(a), wording, safe_repr(b))
            self.fail(self._formatMessage(msg, standard))
    check.__name__ = name
    check.__qualname__ = 'TestCase.' + name
    check.__doc__ = 'Fail unless a %s b (with a readable message).' % (
        wording.replace('not ', ''),)
    return check


def _deprecated_alias(method):
    def alias(*args, **kwargs):
        _warn('Please use %s instead.' % method.__name__, DeprecationWarning, 2)
        return method(*args, **kwargs)
    alias.__name__ = method.__name__
    alias.__doc__ = method.__doc__
    return alias


class TestCase(object):
    """One test: an instance runs the test method named at construction.

    Subclass it and write methods whose names start with "test"; setUp and
    tearDown run around each of them.  Class attributes worth knowing:
    failureException (what the assert methods raise and what counts as a
    failure rather than an error), longMessage (whether a msg argument is
    added to the standard message or replaces it) and maxDiff (longest diff
    shown in a failure message; None for no limit).
    """

    failureException = AssertionError

    longMessage = True

    maxDiff = 80 * 8

    # Strings longer than this are compared without a diff.
    _diffThreshold = 2 ** 16

    def __init_subclass__(cls, *args, **kwargs):
        cls._classSetupFailed = False
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        """Prepare to run the method methodName (ValueError if there is none)."""
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = 'No test'
        try:
            method = getattr(self, methodName)
        except AttributeError:
            # Only the default name may be missing.
            if methodName != 'runTest':
                raise ValueError("no such test method in %s: %s" %
                                 (self.__class__, methodName))
        else:
            self._testMethodDoc = method.__doc__
        self._cleanups = []
        self._subtest = None
        self._type_equality_funcs = {}
        for kind, method_name in ((dict, 'assertDictEqual'),
                                  (list, 'assertListEqual'),
                                  (tuple, 'assertTupleEqual'),
                                  (set, 'assertSetEqual'),
                                  (frozenset, 'assertSetEqual'),
                                  (str, 'assertMultiLineEqual')):
            self.addTypeEqualityFunc(kind, method_name)

    def addTypeEqualityFunc(self, typeobj, function):
        """Make assertEqual use function(first, second, msg=None) when both
        values have exactly the type typeobj."""
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        """Call function(*args, **kwargs) after the test, newest first; it
        runs after tearDown, and even when setUp failed."""
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        """Enter cm and exit it as a cleanup; return what __enter__ returned."""
        return _enter_context(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        """Like addCleanup, for after the class's tests (runs even when
        setUpClass failed)."""
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        """Like enterContext, with the exit as a class cleanup."""
        return _enter_context(cm, cls.addClassCleanup)

    def setUp(self):
        """Prepare the fixture; runs before every test method."""

    def tearDown(self):
        """Dismantle the fixture; runs after every test method whose setUp worked."""

    @classmethod
    def setUpClass(cls):
        """Prepare the class fixture; runs before the class's first test."""

    @classmethod
    def tearDownClass(cls):
        """Dismantle the class fixture; runs after the class's last test."""

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        from .result import TestResult
        return TestResult()

    def shortDescription(self):
        """The first line of the test method's docstring, or None."""
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().split("\n")[0].strip()

    def id(self):
        return "%s.%s" % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, strclass(self.__class__),
                               self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(self.__class__),
                                       self._testMethodName)

    def subTest(self, msg=_subtest_msg_sentinel, **params):
        """Context manager: run its block as a subtest described by msg and
        params.  A failure inside is reported for the subtest and the test
        goes on after the block."""
        return _SubTestContext(self, msg, params)

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        if method() is not None:
            _warn('It is deprecated to return a value that is not None from a '
                  'test case (%s)' % (method,), DeprecationWarning, 3)

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def _skip_reason(self, method):
        # The skip reason when the class or the method is marked skipped,
        # else None.
        if (getattr(self.__class__, "__unittest_skip__", False) or
                getattr(method, "__unittest_skip__", False)):
            return (getattr(self.__class__, '__unittest_skip_why__', '')
                    or getattr(method, '__unittest_skip_why__', ''))
        return None

    def run(self, result=None):
        """Run the test, reporting to result (a fresh TestResult if None)."""
        stop_run = None
        if result is None:
            result = self.defaultTestResult()
            start_run = getattr(result, 'startTestRun', None)
            stop_run = getattr(result, 'stopTestRun', None)
            if start_run is not None:
                start_run()

        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            reason = self._skip_reason(method)
            if reason is not None:
                _add_skip(result, self, reason)
                return result

            expecting_failure = (
                getattr(self, "__unittest_expecting_failure__", False) or
                getattr(method, "__unittest_expecting_failure__", False))
            outcome = _Outcome(result)
            self._outcome = outcome
            try:
                with outcome.testPartExecutor(self):
                    self._callSetUp()
                if outcome.success:
                    outcome.expecting_failure = expecting_failure
                    with outcome.testPartExecutor(self):
                        self._callTestMethod(method)
                    outcome.expecting_failure = False
                    with outcome.testPartExecutor(self):
                        self._callTearDown()
                self.doCleanups()

                if outcome.success:
                    if not expecting_failure:
                        result.addSuccess(self)
                    elif outcome.expectedFailure:
                        self._addExpectedFailure(result, outcome.expectedFailure)
                    else:
                        self._addUnexpectedSuccess(result)
                return result
            finally:
                outcome.expectedFailure = None
                self._outcome = None
        finally:
            result.stopTest(self)
            if stop_run is not None:
                stop_run()

    def _addExpectedFailure(self, result, exc_info):
        add = getattr(result, 'addExpectedFailure', None)
        if add is not None:
            add(self, exc_info)
            return
        _warn("TestResult has no addExpectedFailure method, reporting as passes",
              RuntimeWarning)
        result.addSuccess(self)

    def _addUnexpectedSuccess(self, result):
        add = getattr(result, 'addUnexpectedSuccess', None)
        if add is not None:
            add(self)
            return
        _warn("TestResult has no addUnexpectedSuccess method, reporting as failure",
              RuntimeWarning)
        try:
            raise _UnexpectedSuccess from None
        except _UnexpectedSuccess:
            result.addFailure(self, sys.exc_info())

    def doCleanups(self):
        """Run the registered cleanups, newest first (run() calls this)."""
        outcome = self._outcome or _Outcome()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            with outcome.testPartExecutor(self):
                self._callCleanup(function, *args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        """Run the class cleanups, newest first, keeping their errors in
        cls.tearDown_exceptions."""
        cls.tearDown_exceptions = []
        while cls._class_cleanups:
            function, args, kwargs = cls._class_cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception:
                cls.tearDown_exceptions.append(sys.exc_info())

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the test letting every exception through (no result)."""
        method = getattr(self, self._testMethodName)
        reason = self._skip_reason(method)
        if reason is not None:
            raise SkipTest(reason)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            self._callCleanup(function, *args, **kwargs)

    def skipTest(self, reason):
        """Skip the running test."""
        raise SkipTest(reason)

    def fail(self, msg=None):
        """Fail right away with msg."""
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        """The failure message: standardMsg, msg, or 'standardMsg : msg'
        depending on longMessage and on msg being given."""
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return '%s : %s' % (standardMsg, msg)
        except UnicodeDecodeError:
            return '%s : %s' % (safe_repr(standardMsg), safe_repr(msg))

    def _truncateMessage(self, message, diff):
        limit = self.maxDiff
        if limit is not None and len(diff) > limit:
            return message + (DIFF_OMITTED % len(diff))
        return message + diff

    def assertFalse(self, expr, msg=None):
        """Fail if expr is true."""
        if expr:
            self.fail(self._formatMessage(msg, "%s is not false" % safe_repr(expr)))

    def assertTrue(self, expr, msg=None):
        """Fail if expr is false."""
        if not expr:
            self.fail(self._formatMessage(msg, "%s is not true" % safe_repr(expr)))

    def assertRaises(self, expected_exception, *args, **kwargs):
        """Fail unless calling args[0](*args[1:], **kwargs) raises
        expected_exception (a class or a tuple of classes).

        Without a callable, return a context manager checking its block;
        it keeps the exception as its `exception` attribute and accepts a
        msg keyword.  Other exceptions go through untouched.
        """
        context = _AssertRaisesContext(expected_exception, self)
        return context.handle('assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex,
                          *args, **kwargs):
        """Like assertRaises, and the exception's str() must also contain a
        match of expected_regex."""
        context = _AssertRaisesContext(expected_exception, self, expected_regex)
        return context.handle('assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        """Fail unless the call (or the `with` block) triggers a warning of
        class expected_warning.  The context manager keeps the warning,
        filename and lineno of the first match."""
        context = _AssertWarnsContext(expected_warning, self)
        return context.handle('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex,
                         *args, **kwargs):
        """Like assertWarns, and the warning's message must match expected_regex."""
        context = _AssertWarnsContext(expected_warning, self, expected_regex)
        return context.handle('assertWarnsRegex', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        """Context manager: fail unless the block logs at least one message of
        level (default INFO) or higher on logger (default: the root logger)
        or its children.  It gives an object whose `records` and `output`
        (formatted "LEVEL:name:message") list what was logged."""
        from ._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        """Context manager: fail if the block logs a message of level or higher."""
        from ._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=True)

    def _getAssertEqualityFunc(self, first, second):
        """The function assertEqual uses for first and second: the one
        registered for their type when both have exactly that type."""
        if type(first) == type(second):
            asserter = self._type_equality_funcs.get(type(first))
            if asserter is not None:
                if isinstance(asserter, str):
                    asserter = getattr(self, asserter)
                return asserter
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        """assertEqual for values without a type-specific comparison."""
        if not first == second:
            standard = '%s != %s' % _common_shorten_repr(first, second)
            self.fail(self._formatMessage(msg, standard))

    def assertEqual(self, first, second, msg=None):
        """Fail unless first == second."""
        compare = self._getAssertEqualityFunc(first, second)
        compare(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        """Fail unless first != second."""
        if not first != second:
            standard = '%s == %s' % (safe_repr(first), safe_repr(second))
            self.fail(self._formatMessage(msg, standard))

    def assertAlmostEqual(self, first, second, places=None, msg=None,
                          delta=None):
        """Fail unless first and second are equal, or their difference is at
        most delta, or rounds to zero at `places` decimals (default 7)."""
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standard = '%s != %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta),
                safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standard = '%s != %s within %r places (%s difference)' % (
                safe_repr(first), safe_repr(second), places, safe_repr(diff))
        self.fail(self._formatMessage(msg, standard))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None,
                             delta=None):
        """The opposite of assertAlmostEqual (equal values always fail)."""
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if not first == second and diff > delta:
                return
            standard = '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta),
                safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not first == second and round(diff, places) != 0:
                return
            standard = '%s == %s within %r places' % (
                safe_repr(first), safe_repr(second), places)
        self.fail(self._formatMessage(msg, standard))

    def _pretty_diff(self, first, second):
        # ndiff of the pretty-printed values, one line per entry.
        lines = difflib.ndiff(_pprint.pformat(first).splitlines(),
                              _pprint.pformat(second).splitlines())
        return '\n' + '\n'.join(lines)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Fail unless the two sequences have equal items in the same order.

        With seq_type, both must also be instances of it.  The message says
        where they first differ and shows a diff.
        """
        if seq_type is None:
            kind = "sequence"
        else:
            kind = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException('First sequence is not a %s: %s'
                                            % (kind, safe_repr(seq1)))
            if not isinstance(seq2, seq_type):
                raise self.failureException('Second sequence is not a %s: %s'
                                            % (kind, safe_repr(seq2)))

        standard = self._describe_sequence_difference(seq1, seq2, seq_type, kind)
        if standard is None:
            return
        standard = self._truncateMessage(standard, self._pretty_diff(seq1, seq2))
        self.fail(self._formatMessage(msg, standard))

    def _describe_sequence_difference(self, seq1, seq2, seq_type, kind):
        # Text explaining how the sequences differ; None when they are equal.
        try:
            len1 = len(seq1)
        except (TypeError, NotImplementedError):
            return 'First %s has no length.    Non-sequence?' % kind
        try:
            len2 = len(seq2)
        except (TypeError, NotImplementedError):
            return 'Second %s has no length.    Non-sequence?' % kind
        if seq1 == seq2:
            return None

        text = '%ss differ: %s != %s\n' % (
            (kind.capitalize(),) + _common_shorten_repr(seq1, seq2))
        index_error = (TypeError, IndexError, NotImplementedError)
        found = False
        for index in range(min(len1, len2)):
            try:
                item1 = seq1[index]
            except index_error:
                text += '\nUnable to index element %d of first %s\n' % (index, kind)
                found = True
                break
            try:
                item2 = seq2[index]
            except index_error:
                text += '\nUnable to index element %d of second %s\n' % (index, kind)
                found = True
                break
            if item1 != item2:
                text += '\nFirst differing element %d:\n%s\n%s\n' % (
                    (index,) + _common_shorten_repr(item1, item2))
                found = True
                break
        if not found and len1 == len2 and seq_type is None and type(seq1) != type(seq2):
            # Same items in sequences of different types: accepted.
            return None

        if len1 != len2:
            if len1 > len2:
                longer, which, extra_at = seq1, 'first', len2
                text += '\nFirst %s contains %d additional elements.\n' % (kind, len1 - len2)
            else:
                longer, which, extra_at = seq2, 'second', len1
                text += '\nSecond %s contains %d additional elements.\n' % (kind, len2 - len1)
            try:
                text += 'First extra element %d:\n%s\n' % (
                    extra_at, safe_repr(longer[extra_at]))
            except index_error:
                text += 'Unable to index element %d of %s %s\n' % (extra_at, which, kind)
        return text

    def assertListEqual(self, list1, list2, msg=None):
        """assertSequenceEqual for two lists."""
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        """assertSequenceEqual for two tuples."""
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        """Fail unless the two sets (anything with .difference) are equal,
        listing the items found in only one of them."""
        try:
            only_first = set1.difference(set2)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('first argument does not support set difference: %s' % e)
        try:
            only_second = set2.difference(set1)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('second argument does not support set difference: %s' % e)
        if not only_first and not only_second:
            return

        lines = []
        if only_first:
            lines.append('Items in the first set but not the second:')
            lines.extend(repr(item) for item in only_first)
        if only_second:
            lines.append('Items in the second set but not the first:')
            lines.extend(repr(item) for item in only_second)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertIn(self, member, container, msg=None):
        """Fail unless member in container."""
        if member not in container:
            standard = '%s not found in %s' % (safe_repr(member), safe_repr(container))
            self.fail(self._formatMessage(msg, standard))

    def assertNotIn(self, member, container, msg=None):
        """Fail if member in container."""
        if member in container:
            standard = '%s unexpectedly found in %s' % (safe_repr(member),
                                                        safe_repr(container))
            self.fail(self._formatMessage(msg, standard))

    def assertIs(self, expr1, expr2, msg=None):
        """Fail unless expr1 is expr2."""
        if expr1 is not expr2:
            standard = '%s is not %s' % (safe_repr(expr1), safe_repr(expr2))
            self.fail(self._formatMessage(msg, standard))

    def assertIsNot(self, expr1, expr2, msg=None):
        """Fail if expr1 is expr2."""
        if expr1 is expr2:
            standard = 'unexpectedly identical: %s' % (safe_repr(expr1),)
            self.fail(self._formatMessage(msg, standard))

    def assertDictEqual(self, d1, d2, msg=None):
        """Fail unless the two dictionaries are equal, with a diff."""
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            standard = '%s != %s' % _common_shorten_repr(d1, d2)
            standard = self._truncateMessage(standard, self._pretty_diff(d1, d2))
            self.fail(self._formatMessage(msg, standard))

    def assertDictContainsSubset(self, subset, dictionary, msg=None):
        """Deprecated: fail unless every item of subset is in dictionary."""
        _warn('assertDictContainsSubset is deprecated', DeprecationWarning)
        missing = []
        wrong = []
        for key, value in subset.items():
            if key not in dictionary:
                missing.append(safe_repr(key))
            elif value != dictionary[key]:
                wrong.append('%s, expected: %s, actual: %s' % (
                    safe_repr(key), safe_repr(value), safe_repr(dictionary[key])))
        if not missing and not wrong:
            return
        parts = []
        if missing:
            parts.append('Missing: %s' % ','.join(missing))
        if wrong:
            parts.append('Mismatched values: %s' % ','.join(wrong))
        self.fail(self._formatMessage(msg, '; '.join(parts)))

    def assertCountEqual(self, first, second, msg=None):
        """Fail unless first and second hold the same elements the same number
        of times, in any order."""
        first_items = list(first)
        second_items = list(second)
        try:
            same = collections.Counter(first_items) == collections.Counter(second_items)
        except TypeError:
            # Unhashable elements: count the slow way.
            mismatches = _count_diff_all_purpose(first_items, second_items)
        else:
            if same:
                return
            mismatches = _count_diff_hashable(first_items, second_items)
        if not mismatches:
            return
        lines = ['First has %d, Second has %d:  %r' % tuple(m) for m in mismatches]
        standard = self._truncateMessage('Element counts were not equal:\n',
                                         '\n'.join(lines))
        self.fail(self._formatMessage(msg, standard))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Fail unless the two strings are equal, with a line diff."""
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first == second:
            return
        if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
        first_lines = first.splitlines(keepends=True)
        second_lines = second.splitlines(keepends=True)
        if len(first_lines) == 1 and first.strip('\r\n') == first:
            # One line without its end: add one so the diff reads well.
            first_lines = [first + '\n']
            second_lines = [second + '\n']
        standard = '%s != %s' % _common_shorten_repr(first, second)
        diff = '\n' + ''.join(difflib.ndiff(first_lines, second_lines))
        standard = self._truncateMessage(standard, diff)
        self.fail(self._formatMessage(msg, standard))

    assertLess = _ordering_assert('assertLess', lambda a, b: a < b,
                                  'not less than')
    assertLessEqual = _ordering_assert('assertLessEqual', lambda a, b: a <= b,
                                       'not less than or equal to')
    assertGreater = _ordering_assert('assertGreater', lambda a, b: a > b,
                                     'not greater than')
    assertGreaterEqual = _ordering_assert('assertGreaterEqual', lambda a, b: a >= b,
                                          'not greater than or equal to')

    def assertIsNone(self, obj, msg=None):
        """Fail unless obj is None."""
        if obj is not None:
            self.fail(self._formatMessage(msg, '%s is not None' % (safe_repr(obj),)))

    def assertIsNotNone(self, obj, msg=None):
        """Fail if obj is None."""
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIsInstance(self, obj, cls, msg=None):
        """Fail unless isinstance(obj, cls)."""
        if not isinstance(obj, cls):
            standard = '%s is not an instance of %r' % (safe_repr(obj), cls)
            self.fail(self._formatMessage(msg, standard))

    def assertNotIsInstance(self, obj, cls, msg=None):
        """Fail if isinstance(obj, cls)."""
        if isinstance(obj, cls):
            standard = '%s is an instance of %r' % (safe_repr(obj), cls)
            self.fail(self._formatMessage(msg, standard))

    def assertRegex(self, text, expected_regex, msg=None):
        """Fail unless expected_regex (a pattern or its source) matches
        somewhere in text."""
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, "expected_regex must not be empty."
            expected_regex = _re.compile(expected_regex)
        if not expected_regex.search(text):
            standard = "Regex didn't match: %r not found in %r" % (
                expected_regex.pattern, text)
            self.fail(self._formatMessage(msg, standard))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        """Fail if unexpected_regex matches somewhere in text."""
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = _re.compile(unexpected_regex)
        found = unexpected_regex.search(text)
        if found:
            standard = 'Regex matched: %r matches %r in %r' % (
                text[found.start():found.end()], unexpected_regex.pattern, text)
            self.fail(self._formatMessage(msg, standard))

    # Old names, deprecated.
    failUnlessEqual = assertEquals = _deprecated_alias(assertEqual)
    failIfEqual = assertNotEquals = _deprecated_alias(assertNotEqual)
    failUnlessAlmostEqual = assertAlmostEquals = _deprecated_alias(assertAlmostEqual)
    failIfAlmostEqual = assertNotAlmostEquals = _deprecated_alias(assertNotAlmostEqual)
    failUnless = assert_ = _deprecated_alias(assertTrue)
    failUnlessRaises = _deprecated_alias(assertRaises)
    failIf = _deprecated_alias(assertFalse)
    assertRaisesRegexp = _deprecated_alias(assertRaisesRegex)
    assertRegexpMatches = _deprecated_alias(assertRegex)
    assertNotRegexpMatches = _deprecated_alias(assertNotRegex)


class FunctionTestCase(TestCase):
    """A test case running a plain function, with optional setUp and
    tearDown functions and a description."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def _key(self):
        return (self._setUpFunc, self._tearDownFunc, self._testFunc,
                self._description)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash((type(self),) + self._key())

    def __str__(self):
        return "%s (%s)" % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return "<%s tec=%s>" % (strclass(self.__class__), self._testFunc)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split("\n")[0].strip() or None


class _SubTest(TestCase):
    """The test object a subtest reports to the result."""

    def __init__(self, test_case, message, params):
        super().__init__()
        self._message = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        parts = []
        if self._message is not _subtest_msg_sentinel:
            parts.append("[%s]" % (self._message,))
        if self.params:
            parts.append("(%s)" % ', '.join('%s=%r' % (key, value)
                                            for key, value in self.params.items()))
        return " ".join(parts) or '(<subtest>)'

    def id(self):
        return "%s %s" % (self.test_case.id(), self._subDescription())

    def shortDescription(self):
        """The description of the test the subtest belongs to."""
        return self.test_case.shortDescription()

    def __str__(self):
        return "%s %s" % (self.test_case, self._subDescription())
