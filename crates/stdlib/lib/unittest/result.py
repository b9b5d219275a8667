"""TestResult: collects what happened while tests ran."""

import sys
import functools

from . import util

__unittest = True

STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def failfast(method):
    """Decorator: stop the run after this kind of outcome when failfast is set."""
    @functools.wraps(method)
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return inner


def _buffer():
    # io is optional (pyrite may not have it yet); a list-backed stand-in
    # offers what TestResult needs from a StringIO.
    try:
        import io
        return io.StringIO()
    except ImportError:
        return _TextBuffer()


class _TextBuffer:
    """Minimal StringIO replacement: write, getvalue, seek(0), truncate."""

    def __init__(self):
        self._parts = []

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError('string argument expected, got %r' % type(text).__name__)
        self._parts.append(text)
        return len(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def getvalue(self):
        return ''.join(self._parts)

    def seek(self, pos, whence=0):
        return 0

    def truncate(self, size=None):
        self._parts = []
        return 0

    def flush(self):
        pass

    def isatty(self):
        return False


class TestResult(object):
    """Holds the outcome of a test run.

    failures and errors are lists of (test, formatted traceback) pairs;
    a failure is an expected kind of problem (an assert method failed), an
    error is any other exception.  testsRun counts the tests started.
    """
    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        """Hook for runners: show the collected problems (nothing here)."""

    def startTest(self, test):
        """A test starts."""
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if self.buffer:
            if self._stderr_buffer is None:
                self._stderr_buffer = _buffer()
                self._stdout_buffer = _buffer()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        """The whole run starts."""

    def stopTest(self, test):
        """A test is over."""
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            output = sys.stdout.getvalue()
            error = sys.stderr.getvalue()
            if output:
                if not output.endswith('\n'):
                    output += '\n'
                self._original_stdout.write(STDOUT_LINE % output)
            if error:
                if not error.endswith('\n'):
                    error += '\n'
                self._original_stderr.write(STDERR_LINE % error)

        sys.stdout = self._original_stdout
        sys.stderr = self._original_stderr
        self._stdout_buffer.seek(0)
        self._stdout_buffer.truncate()
        self._stderr_buffer.seek(0)
        self._stderr_buffer.truncate()

    def stopTestRun(self):
        """The whole run is over."""

    @failfast
    def addError(self, test, err):
        """The test raised an unexpected exception (err as from sys.exc_info())."""
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        """An assertion of the test failed (err as from sys.exc_info())."""
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        """A subtest ended; err is None when it passed, else an exc_info tuple."""
        if err is None:
            return
        if getattr(self, 'failfast', False):
            self.stop()
        if issubclass(err[0], test.failureException):
            target = self.failures
        else:
            target = self.errors
        target.append((subtest, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSuccess(self, test):
        """The test passed."""

    def addSkip(self, test, reason):
        """The test was skipped for reason."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        """A test marked expectedFailure failed, as it should."""
        self.expectedFailures.append(
            (test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        """A test marked expectedFailure passed."""
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        """True when nothing failed, errored or unexpectedly passed."""
        if self.failures or self.errors:
            return False
        return not getattr(self, 'unexpectedSuccesses', ())

    def stop(self):
        """Ask the running suite to stop after the current test."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The report text of an exc_info triple (traceback plus buffered output)."""
        exctype, value, tb = err
        text = _format_test_exception(exctype, value, tb,
                                      getattr(test, 'failureException', None),
                                      self.tb_locals)
        pieces = [text]
        if self.buffer:
            output = sys.stdout.getvalue()
            error = sys.stderr.getvalue()
            if output:
                if not output.endswith('\n'):
                    output += '\n'
                pieces.append(STDOUT_LINE % output)
            if error:
                if not error.endswith('\n'):
                    error += '\n'
                pieces.append(STDERR_LINE % error)
        return ''.join(pieces)

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (util.strclass(self.__class__), self.testsRun, len(self.errors),
                 len(self.failures)))


# ---------------------------------------------------------------------------
# Traceback text.  The interpreter's own exception printer does the layout
# (source lines and carets); frames that belong to unittest are left out:
# the ones leading to the test code, and for failures (the assert methods'
# own frames) everything from the first unittest frame on.


class _Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def text(self):
        return ''.join(self.parts)


_module_globals_by_file = {}


def _module_globals(filename):
    # The globals of the module whose code lives in filename, if known.
    found = _module_globals_by_file.get(filename)
    if found is not None:
        return found
    if filename.startswith('<frozen ') and filename.endswith('>'):
        module = sys.modules.get(filename[8:-1])
        if module is not None:
            found = module.__dict__
    else:
        for module in list(sys.modules.values()):
            if getattr(module, '__file__', None) == filename:
                found = module.__dict__
                break
    if found is not None:
        _module_globals_by_file[filename] = found
    return found


def _is_unittest_frame(tb):
    frame = tb.tb_frame
    names = getattr(frame, 'f_globals', None)
    if names is None:
        names = _module_globals(frame.f_code.co_filename)
    return names is not None and '__unittest' in names


def _count_frames(tb):
    count = 0
    while tb is not None:
        count += 1
        tb = tb.tb_next
    return count


def _printed(exc):
    # What the interpreter prints for exc alone (its chain detached).
    saved = (exc.__cause__, exc.__context__, exc.__suppress_context__)
    collector = _Collector()
    old_stderr = sys.stderr
    exc.__cause__ = None
    exc.__context__ = None
    sys.stderr = collector
    try:
        sys.__excepthook__(type(exc), exc, exc.__traceback__)
    finally:
        sys.stderr = old_stderr
        exc.__cause__, exc.__context__, exc.__suppress_context__ = saved
    return collector.text()


def _local_lines(tb):
    # "    name = repr" lines for the local variables of tb's frame.
    names = getattr(tb.tb_frame, 'f_locals', None)
    if not names:
        return []
    lines = []
    for name in sorted(names):
        try:
            text = repr(names[name])
        except Exception:
            text = '<local repr() failed>'
        lines.append('    %s = %s\n' % (name, text))
    return lines


def _format_one(exc, tb, keep, with_locals=False):
    """Text of one exception with traceback tb, showing only its first
    `keep` frames (None: all of them), with their local variables if asked."""
    entries = []
    probe = tb
    while probe is not None:
        entries.append(probe)
        probe = probe.tb_next
    if keep is not None and keep < len(entries):
        entries = entries[:keep]
    elif not with_locals:
        keep = None
    saved_tb = exc.__traceback__
    try:
        exc.__traceback__ = tb
        full = _printed(exc)
        if tb is None or (keep is None and not with_locals):
            return full
        exc.__traceback__ = None
        tail = _printed(exc)
    finally:
        exc.__traceback__ = saved_tb
    if not full.endswith(tail):
        return full
    lines = full[:len(full) - len(tail)].splitlines(True)
    # lines[0] is the "Traceback (most recent call last):" header; every
    # frame starts with a '  File "' line.
    starts = [i for i, line in enumerate(lines) if line.startswith('  File "')]
    starts.append(len(lines))
    out = lines[:starts[0]]
    for number in range(min(len(entries), len(starts) - 1)):
        out.extend(lines[starts[number]:starts[number + 1]])
        if with_locals:
            out.extend(_local_lines(entries[number]))
    return ''.join(out) + tail


def _format_test_exception(exctype, value, tb, failure_exception, with_locals=False):
    if value is None or not isinstance(value, BaseException):
        value = exctype(value) if value is None else value
    pieces = []
    seen = set()

    def visit(exc, tb, primary):
        seen.add(id(exc))
        cause = exc.__cause__
        context = exc.__context__
        if cause is not None and id(cause) not in seen:
            visit(cause, cause.__traceback__, False)
            pieces.append('\nThe above exception was the direct cause '
                          'of the following exception:\n\n')
        elif (context is not None and not exc.__suppress_context__
              and id(context) not in seen):
            visit(context, context.__traceback__, False)
            pieces.append('\nDuring handling of the above exception, '
                          'another exception occurred:\n\n')
        while tb is not None and _is_unittest_frame(tb):
            tb = tb.tb_next
        keep = None
        if (exctype if primary else type(exc)) is failure_exception:
            keep = 0
            probe = tb
            while probe is not None and not _is_unittest_frame(probe):
                keep += 1
                probe = probe.tb_next
            if keep == 0:
                keep = None
        pieces.append(_format_one(exc, tb, keep, with_locals))

    visit(value, tb, True)
    return ''.join(pieces)


def _format_current_exception():
    """The full traceback text of the exception being handled (what
    traceback.format_exc() gives)."""
    exctype, value, tb = sys.exc_info()
    if value is None:
        return 'NoneType: None\n'
    collector = _Collector()
    old_stderr = sys.stderr
    sys.stderr = collector
    try:
        sys.__excepthook__(exctype, value, tb)
    finally:
        sys.stderr = old_stderr
    return collector.text()
