"""A flexible event logging system for applications and libraries.

Loggers (named, in a dotted hierarchy under the root logger) create LogRecords; Handlers send
them somewhere (streams, files, ...); Formatters turn them into text; Filters select them.
basicConfig() sets up the root logger in one call; the module-level functions (info(),
warning(), ...) log on the root logger.

This interpreter runs a single thread, so the locks here are private no-op locks.
"""

import sys
import os
import time
import collections.abc
from string import Template
from string import Formatter as StrFormatter

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR',
           'FATAL', 'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO',
           'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler',
           'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'captureWarnings', 'critical', 'debug', 'disable', 'error',
           'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown',
           'warn', 'warning', 'getLogRecordFactory', 'setLogRecordFactory',
           'lastResort', 'raiseExceptions', 'getLevelNamesMapping']

__version__ = "0.5.1.2"

# The class of list[int]: subscripting StreamHandler or LoggerAdapter gives one of these.
_GenericAlias = type(list[int])

# -- miscellaneous module data -----------------------------------------------------------

# The time the logging module was loaded (for relativeCreated).
_startTime = time.time()

# Set to False to silently ignore exceptions raised while handling records.
raiseExceptions = True

# Whether thread, process and multiprocessing information goes into LogRecords.
logThreads = True
logMultiprocessing = True
logProcesses = True

# -- levels ------------------------------------------------------------------------------

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {
    CRITICAL: 'CRITICAL',
    ERROR: 'ERROR',
    WARNING: 'WARNING',
    INFO: 'INFO',
    DEBUG: 'DEBUG',
    NOTSET: 'NOTSET',
}
_nameToLevel = {
    'CRITICAL': CRITICAL,
    'FATAL': FATAL,
    'ERROR': ERROR,
    'WARN': WARNING,
    'WARNING': WARNING,
    'INFO': INFO,
    'DEBUG': DEBUG,
    'NOTSET': NOTSET,
}


def getLevelNamesMapping():
    """Return a copy of the mapping from level names to level numbers."""
    return _nameToLevel.copy()


def getLevelName(level):
    """Return the textual name of a level number, or the number of a level name.

    Unknown levels give "Level %s" % level.
    """
    result = _levelToName.get(level)
    if result is not None:
        return result
    result = _nameToLevel.get(level)
    if result is not None:
        return result
    return "Level %s" % level


def addLevelName(level, levelName):
    """Associate levelName with level (used when formatting records)."""
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


# -- locking (single-threaded: the locks do nothing) -------------------------------------

class _NoOpLock:
    """A lock for a single-threaded interpreter: acquiring always succeeds at once."""

    def acquire(self, blocking=True, timeout=-1):
        return True

    def release(self):
        pass

    def __enter__(self):
        return True

    def __exit__(self, *exc):
        return False

    def _at_fork_reinit(self):
        pass


_lock = _NoOpLock()


def _acquireLock():
    _lock.acquire()


def _releaseLock():
    _lock.release()


def _register_at_fork_reinit_lock(instance):
    pass


def _thread_ident():
    try:
        import _thread
    except ImportError:
        return 1
    return _thread.get_ident()


# -- finding the caller ------------------------------------------------------------------

def _this_file():
    return _this_file.__code__.co_filename


# The file of this module: frames from it are skipped when looking for the caller.
_srcfile = _this_file()


def _is_internal_frame(frame):
    """Signal whether the frame is a CPython or logging module internal."""
    filename = frame.f_code.co_filename
    return filename == _srcfile or ("importlib" in filename and "_bootstrap" in filename)


def currentframe():
    """Return the frame of the caller of this function, or None when unavailable."""
    return _frame_above(2)


def _frame_above(depth):
    """The frame `depth` levels above this helper (1 = its caller), or None.

    This is the one place that inspects the call stack: sys._getframe when the interpreter
    has it, otherwise f_back links from the frame of a freshly caught exception.
    """
    getframe = getattr(sys, '_getframe', None)
    if getframe is not None:
        try:
            return getframe(depth)
        except ValueError:
            return None
        except Exception:
            pass
    try:
        raise Exception
    except Exception as exc:
        frame = exc.__traceback__.tb_frame
    for _ in range(depth):
        frame = getattr(frame, 'f_back', None)
        if frame is None:
            return None
    return frame


# -- LogRecord ---------------------------------------------------------------------------

class LogRecord(object):
    """One logged event: the message, its arguments, and where and when it happened.

    Attributes: name, msg, args, levelname, levelno, pathname, filename, module, exc_info,
    exc_text, stack_info, lineno, funcName, created, msecs, relativeCreated, thread,
    threadName, processName, process; Formatter.format() adds message (and asctime).
    """

    def __init__(self, name, level, pathname, lineno,
                 msg, args, exc_info, func=None, sinfo=None, **kwargs):
        ct = time.time()
        self.name = name
        self.msg = msg
        # A single non-empty mapping argument is used for %(key)s style formatting.
        if (args and len(args) == 1 and isinstance(args[0], collections.abc.Mapping)
                and args[0]):
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        try:
            self.filename = os.path.basename(pathname)
            self.module = os.path.splitext(self.filename)[0]
        except (TypeError, ValueError, AttributeError):
            self.filename = pathname
            self.module = "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = ct
        self.msecs = int((ct - int(ct)) * 1000) + 0.0
        self.relativeCreated = (self.created - _startTime) * 1000
        if logThreads:
            self.thread = _thread_ident()
            self.threadName = 'MainThread'
        else:
            self.thread = None
            self.threadName = None
        if not logMultiprocessing:
            self.processName = None
        else:
            self.processName = 'MainProcess'
            mp = sys.modules.get('multiprocessing')
            if mp is not None:
                try:
                    self.processName = mp.current_process().name
                except Exception:
                    pass
        if logProcesses and hasattr(os, 'getpid'):
            self.process = os.getpid()
        else:
            self.process = None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno,
                                                     self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """Return the message with the arguments merged in (msg % args)."""
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    """Set the callable used to create LogRecords."""
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    """Return the callable used to create LogRecords."""
    return _logRecordFactory


def makeLogRecord(dict):
    """Make a LogRecord whose attributes come from dict (e.g. one received over a socket)."""
    rv = _logRecordFactory(None, None, "", 0, "", (), None, None)
    rv.__dict__.update(dict)
    return rv


# -- formatter styles --------------------------------------------------------------------

def _is_word_char(ch):
    return ch.isalnum() or ch == '_'


def _percent_has_field(fmt):
    """True if fmt holds a '%(name)' directive with a valid conversion after it."""
    n = len(fmt)
    i = fmt.find('%(')
    while i >= 0:
        j = i + 2
        while j < n and _is_word_char(fmt[j]):
            j += 1
        if j > i + 2 and j < n and fmt[j] == ')':
            j += 1
            while j < n and fmt[j] in '#0+ -':
                j += 1
            if j < n and fmt[j] == '*':
                j += 1
            else:
                while j < n and fmt[j].isdigit():
                    j += 1
            if j < n and fmt[j] == '.':
                k = j + 1
                if k < n and fmt[k] == '*':
                    k += 1
                else:
                    while k < n and fmt[k].isdigit():
                        k += 1
                if k > j + 1:
                    j = k
            if j < n and fmt[j].lower() in 'diouxefgcrsa%':
                return True
        i = fmt.find('%(', i + 1)
    return False


def _valid_field_name(name):
    """Check a str.format field name: an identifier or number, then .attr / [key] parts."""
    n = len(name)
    i = 0
    while i < n and _is_word_char(name[i]):
        i += 1
    if i == 0:
        return False
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and _is_word_char(name[j]):
                j += 1
            if j == i + 1:
                return False
            i = j
        elif name[i] == '[':
            j = name.find(']', i + 1)
            if j <= i + 1:
                return False
            i = j + 1
        else:
            return False
    return True


def _valid_format_spec(spec):
    """Check a format spec against [[fill]align][sign][#][0][width][,_][.precision][type]."""
    n = len(spec)
    i = 0
    if n >= 2 and spec[1] in '<>=^':
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        i = 1
    if i < n and spec[i] in '+ -':
        i += 1
    if i < n and spec[i] == '#':
        i += 1
    if i < n and spec[i] == '0':
        i += 1

    def number_or_field(i):
        if i < n and spec[i] == '{':
            j = i + 1
            while j < n and _is_word_char(spec[j]):
                j += 1
            if j > i + 1 and j < n and spec[j] == '}':
                return j + 1
            return i
        while i < n and spec[i].isdigit():
            i += 1
        return i

    i = number_or_field(i)
    if i < n and spec[i] in ',_':
        i += 1
    if i < n and spec[i] == '.':
        j = number_or_field(i + 1)
        if j > i + 1:
            i = j
    if i < n and spec[i].lower() in 'bcdefgnosx%':
        i += 1
    return i == n


class PercentStyle(object):
    """printf-style formats: '%(levelname)s:%(message)s'."""

    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        """Raise ValueError unless the format holds at least one %(name)x field."""
        if not _percent_has_field(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt,
                                                                    self.default_format[0]))

    def _format(self, record):
        defaults = self._defaults
        if defaults:
            values = defaults | record.__dict__
        else:
            values = record.__dict__
        return self._fmt % values

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)


class StrFormatStyle(PercentStyle):
    """str.format formats: '{levelname}:{message}'."""

    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def _format(self, record):
        defaults = self._defaults
        if defaults:
            return self._fmt.format(**(defaults | record.__dict__))
        return self._fmt.format(**record.__dict__)

    def validate(self):
        """Raise ValueError unless the format is a valid str.format() template with fields."""
        fields = set()
        try:
            for _, fieldname, spec, conversion in StrFormatter().parse(self._fmt):
                if fieldname:
                    if not _valid_field_name(fieldname):
                        raise ValueError('invalid field name/expression: %r' % fieldname)
                    fields.add(fieldname)
                if conversion and conversion not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and not _valid_format_spec(spec):
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)
        if not fields:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    """string.Template formats: '${levelname}:${message}'."""

    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def __init__(self, *args, **kwargs):
        PercentStyle.__init__(self, *args, **kwargs)
        self._tpl = Template(self._fmt)

    def usesTime(self):
        fmt = self._fmt
        return fmt.find('$asctime') >= 0 or fmt.find(self.asctime_search) >= 0

    def validate(self):
        fields = set()
        fmt = self._fmt
        n = len(fmt)
        i = fmt.find('$')
        while i >= 0:
            j = i + 1
            if j < n and fmt[j] == '$':
                i = fmt.find('$', j + 1)
                continue
            if j < n and (fmt[j].isalpha() or fmt[j] == '_') and fmt[j].isascii():
                k = j
                while k < n and fmt[k].isascii() and _is_word_char(fmt[k]):
                    k += 1
                fields.add(fmt[j:k])
                i = fmt.find('$', k)
                continue
            if j < n and fmt[j] == '{':
                k = j + 1
                while k < n and fmt[k].isascii() and _is_word_char(fmt[k]):
                    k += 1
                if k > j + 1 and k < n and fmt[k] == '}' and not fmt[j + 1].isdigit():
                    fields.add(fmt[j + 1:k])
                    i = fmt.find('$', k + 1)
                    continue
            raise ValueError('invalid format: bare \'$\' not allowed')
        if not fields:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        defaults = self._defaults
        if defaults:
            values = defaults | record.__dict__
        else:
            values = record.__dict__
        return self._tpl.substitute(**values)


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


class _TextBuffer:
    """Collects written text (a tiny stand-in for io.StringIO)."""

    def __init__(self):
        self._parts = []

    def write(self, text):
        self._parts.append(text)
        return len(text)

    def flush(self):
        pass

    def getvalue(self):
        return ''.join(self._parts)

    def close(self):
        pass


# -- Formatter ---------------------------------------------------------------------------

class Formatter(object):
    """Turns a LogRecord into text, using a format string in one of three styles.

    fmt uses '%' (default), '{' or '$' style placeholders for LogRecord attributes;
    datefmt is a time.strftime() format for %(asctime)s (default "%Y-%m-%d %H:%M:%S" plus
    ",mmm" milliseconds); defaults supplies values for fields missing from the record.
    """

    converter = time.localtime

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def formatTime(self, record, datefmt=None):
        """Return the creation time of record as text (datefmt, or the ISO-like default)."""
        ct = self.converter(record.created)
        if datefmt:
            s = time.strftime(datefmt, ct)
        else:
            s = time.strftime(self.default_time_format, ct)
            if self.default_msec_format:
                s = self.default_msec_format % (s, record.msecs)
        return s

    def formatException(self, ei):
        """Format an exception info tuple (type, value, traceback) as traceback text."""
        import traceback
        out = _TextBuffer()
        traceback.print_exception(ei[0], ei[1], ei[2], None, out)
        s = out.getvalue()
        if s[-1:] == "\n":
            s = s[:-1]
        return s

    def usesTime(self):
        """True if the format refers to asctime."""
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        """Format stack information (returned unchanged; subclasses may override)."""
        return stack_info

    def format(self, record):
        """Format record: the message, then any exception traceback and stack information."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            # The text is kept on the record, so other handlers reuse it.
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records: a header, each record with linefmt, and a footer."""

    def __init__(self, linefmt=None):
        if linefmt:
            self.linefmt = linefmt
        else:
            self.linefmt = _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        rv = ""
        if len(records) > 0:
            rv = rv + self.formatHeader(records)
            for record in records:
                rv = rv + self.linefmt.format(record)
            rv = rv + self.formatFooter(records)
        return rv


# -- filters -----------------------------------------------------------------------------

class Filter(object):
    """Lets through records of the named logger and its children (all when name is '')."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        """Return whether record should be logged."""
        if self.nlen == 0:
            return True
        if self.name == record.name:
            return True
        if record.name.find(self.name, 0, self.nlen) != 0:
            return False
        return record.name[self.nlen] == "."


class Filterer(object):
    """Base class for loggers and handlers: keeps a list of filters."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        """Add filter (an object with filter() or a callable), once."""
        if not (filter in self.filters):
            self.filters.append(filter)

    def removeFilter(self, filter):
        """Remove filter if present."""
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """Return False if any filter rejects record (filters may be objects or callables)."""
        rv = True
        for f in self.filters:
            if hasattr(f, 'filter'):
                result = f.filter(record)
            else:
                result = f(record)
            if not result:
                rv = False
                break
        return rv


# -- handlers ----------------------------------------------------------------------------

# Named handlers (for logging.config), and every handler ever created (for shutdown()).
_handlers = {}
_handlerList = []


def _removeHandlerRef(wr):
    with _lock:
        if wr in _handlerList:
            _handlerList.remove(wr)


class _StrongRef:
    """Callable returning its object, standing in for a weak reference."""

    __slots__ = ('_obj',)

    def __init__(self, obj):
        self._obj = obj

    def __call__(self):
        return self._obj


def _addHandlerRef(handler):
    with _lock:
        _handlerList.append(_StrongRef(handler))


class Handler(Filterer):
    """Dispatches records to a destination; subclasses implement emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        _addHandlerRef(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            if self._name in _handlers:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = _NoOpLock()
        _register_at_fork_reinit_lock(self)

    def _at_fork_reinit(self):
        self.lock._at_fork_reinit()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        """Set the logging level of this handler (an int or a level name)."""
        self.level = _checkLevel(level)

    def format(self, record):
        """Format record with this handler's formatter (or the default one)."""
        if self.formatter:
            fmt = self.formatter
        else:
            fmt = _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        """Send record to the destination; subclasses must implement this."""
        raise NotImplementedError('emit must be implemented '
                                  'by Handler subclasses')

    def handle(self, record):
        """Emit record if the handler's filters let it through; return that verdict."""
        rv = self.filter(record)
        if rv:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return rv

    def setFormatter(self, fmt):
        """Use fmt to format records from now on."""
        self.formatter = fmt

    def flush(self):
        """Push out any buffered output (nothing to do here)."""
        pass

    def close(self):
        """Release the handler (and forget its name)."""
        with _lock:
            self._closed = True
            if self._name and self._name in _handlers:
                del _handlers[self._name]

    def handleError(self, record):
        """Report an exception raised during emit() on stderr (if raiseExceptions is set)."""
        if raiseExceptions and sys.stderr:
            import traceback
            t, v, tb = sys.exc_info()
            try:
                sys.stderr.write('--- Logging error ---\n')
                traceback.print_exception(t, v, tb, None, sys.stderr)
                sys.stderr.write('Call stack:\n')
                # Show where the call came from: the first frame outside this package.
                frame = tb.tb_frame if tb is not None else None
                folder = os.path.dirname(_srcfile)
                while (frame and os.path.dirname(frame.f_code.co_filename) == folder):
                    frame = getattr(frame, 'f_back', None)
                if frame:
                    traceback.print_stack(frame, file=sys.stderr)
                else:
                    sys.stderr.write('Logged from file %s, line %s\n' % (
                                     record.filename, record.lineno))
                try:
                    sys.stderr.write('Message: %r\n'
                                     'Arguments: %s\n' % (record.msg,
                                                          record.args))
                except RecursionError:
                    raise
                except Exception:
                    sys.stderr.write('Unable to print the message and arguments'
                                     ' - possible formatting error.\nUse the'
                                     ' traceback above to help find the error.\n'
                                     )
            except OSError:
                pass
            finally:
                del t, v, tb

    def __repr__(self):
        level = getLevelName(self.level)
        return '<%s (%s)>' % (self.__class__.__name__, level)


class StreamHandler(Handler):
    """Writes formatted records, each followed by terminator, to a stream (sys.stderr)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        """Flush the stream, if it can be flushed."""
        with self.lock:
            if self.stream and hasattr(self.stream, "flush"):
                self.stream.flush()

    def emit(self, record):
        """Write the formatted record and the terminator to the stream, then flush."""
        try:
            msg = self.format(record)
            stream = self.stream
            stream.write(msg + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Set the instance's stream to the specified value; return the old one.

        Returns None when the stream is the current one.
        """
        if stream is self.stream:
            result = None
        else:
            result = self.stream
            with self.lock:
                self.flush()
                self.stream = stream
        return result

    def __repr__(self):
        level = getLevelName(self.level)
        name = getattr(self.stream, 'name', '')
        name = str(name)
        if name:
            name += ' '
        return '<%s %s(%s)>' % (self.__class__.__name__, name, level)

    __class_getitem__ = classmethod(_GenericAlias)


def _text_encoding(encoding):
    if encoding is not None:
        return encoding
    try:
        import io
        return io.text_encoding(encoding)
    except Exception:
        return encoding


class FileHandler(StreamHandler):
    """Writes formatted records to a file (opened in mode, 'a' by default)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        filename = os.fspath(filename)
        self.baseFilename = os.path.abspath(filename)
        self.mode = mode
        self.encoding = encoding
        if "b" not in mode:
            self.encoding = _text_encoding(encoding)
        self.errors = errors
        self.delay = delay
        # Kept so the file can still be opened late during interpreter shutdown.
        self._builtin_open = open
        if delay:
            # Only the Handler part is set up; the stream is opened by the first emit().
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def close(self):
        """Flush and close the file; a later record reopens it (except in mode 'w')."""
        with self.lock:
            try:
                if self.stream:
                    try:
                        self.flush()
                    finally:
                        stream = self.stream
                        self.stream = None
                        if hasattr(stream, "close"):
                            stream.close()
            finally:
                # Even a handler whose file was never opened (delay=True) is closed.
                StreamHandler.close(self)

    def _open(self):
        """Open the current base file with the (original) mode and encoding."""
        open_func = self._builtin_open
        if self.encoding == "locale":
            try:
                return open_func(self.baseFilename, self.mode,
                                 encoding=self.encoding, errors=self.errors)
            except (LookupError, ValueError, TypeError):
                return open_func(self.baseFilename, self.mode, errors=self.errors)
        return open_func(self.baseFilename, self.mode,
                         encoding=self.encoding, errors=self.errors)

    def emit(self, record):
        """Emit a record, opening the file first if that was delayed."""
        if self.stream is None:
            if self.mode != 'w' or not self._closed:
                self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        level = getLevelName(self.level)
        return '<%s %s (%s)>' % (self.__class__.__name__, self.baseFilename, level)


class _StderrHandler(StreamHandler):
    """Writes to whatever sys.stderr is at the time of each record."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


# -- the logger hierarchy ----------------------------------------------------------------

class PlaceHolder(object):
    """Stands in the hierarchy for a logger name nobody asked for yet, above real loggers."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


def setLoggerClass(klass):
    """Set the class used when instantiating new loggers (a Logger subclass)."""
    if klass != Logger:
        if not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: "
                            + klass.__name__)
    global _loggerClass
    _loggerClass = klass


def getLoggerClass():
    """Return the class new loggers are created from."""
    return _loggerClass


class Manager(object):
    """Holds the hierarchy of loggers by name."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _checkLevel(value)

    def getLogger(self, name):
        """Get (creating if needed) the logger with the given dotted name."""
        rv = None
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            if name in self.loggerDict:
                rv = self.loggerDict[name]
                if isinstance(rv, PlaceHolder):
                    ph = rv
                    rv = (self.loggerClass or _loggerClass)(name)
                    rv.manager = self
                    self.loggerDict[name] = rv
                    self._fixupChildren(ph, rv)
                    self._fixupParents(rv)
            else:
                rv = (self.loggerClass or _loggerClass)(name)
                rv.manager = self
                self.loggerDict[name] = rv
                self._fixupParents(rv)
        return rv

    def setLoggerClass(self, klass):
        """Create this manager's new loggers from klass (a Logger subclass)."""
        if klass != Logger:
            if not issubclass(klass, Logger):
                raise TypeError("logger not derived from logging.Logger: "
                                + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        """Record the LogRecord factory for this manager."""
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        """Set alogger's parent to its nearest existing ancestor, adding placeholders."""
        name = alogger.name
        i = name.rfind(".")
        rv = None
        while (i > 0) and not rv:
            substr = name[:i]
            if substr not in self.loggerDict:
                self.loggerDict[substr] = PlaceHolder(alogger)
            else:
                obj = self.loggerDict[substr]
                if isinstance(obj, Logger):
                    rv = obj
                else:
                    obj.append(alogger)
            i = name.rfind(".", 0, i - 1)
        if not rv:
            rv = self.root
        alogger.parent = rv

    def _fixupChildren(self, ph, alogger):
        """Make alogger the parent of the loggers its placeholder stood above."""
        name = alogger.name
        namelen = len(name)
        for c in ph.loggerMap.keys():
            if c.parent.name[:namelen] != name:
                alogger.parent = c.parent
                c.parent = alogger

    def _clear_cache(self):
        """Clear the isEnabledFor() caches of all loggers."""
        with _lock:
            for logger in self.loggerDict.values():
                if isinstance(logger, Logger):
                    logger._cache.clear()
            self.root._cache.clear()


class Logger(Filterer):
    """A named channel for log messages; see getLogger().

    Records at or above the effective level go to this logger's handlers and, while
    propagate is true, to those of its ancestors.
    """

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        """Set the logging level of this logger (an int or a level name)."""
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    def debug(self, msg, *args, **kwargs):
        """Log msg % args with severity DEBUG."""
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        """Log msg % args with severity INFO."""
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        """Log msg % args with severity WARNING."""
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, "
                      "use 'warning' instead", DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        """Log msg % args with severity ERROR."""
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """Log msg % args with severity ERROR, adding the current exception's traceback."""
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        """Log msg % args with severity CRITICAL."""
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        """Same as critical()."""
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Log msg % args with the integer severity level."""
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            else:
                return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """Return (filename, line number, function name, stack text) of the caller.

        Frames of the logging module itself are skipped; stacklevel > 1 skips further
        callers.
        """
        f = currentframe()
        if f is None:
            return "(unknown file)", 0, "(unknown function)", None
        while stacklevel > 0:
            next_f = getattr(f, 'f_back', None)
            if next_f is None:
                # The stack ran out: use the outermost frame.
                break
            f = next_f
            if not _is_internal_frame(f):
                stacklevel -= 1
        co = f.f_code
        sinfo = None
        if stack_info:
            import traceback
            out = _TextBuffer()
            out.write("Stack (most recent call last):\n")
            traceback.print_stack(f, file=out)
            sinfo = out.getvalue()
            if sinfo[-1] == '\n':
                sinfo = sinfo[:-1]
        return co.co_filename, f.f_lineno, co.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        """Create a LogRecord (through the record factory), adding the extra attributes."""
        rv = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if (key in ["message", "asctime"]) or (key in rv.__dict__):
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                rv.__dict__[key] = extra[key]
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        """Create a record for the message and pass it to the handlers."""
        sinfo = None
        if _srcfile:
            try:
                fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
            except ValueError:
                fn, lno, func = "(unknown file)", 0, "(unknown function)"
        else:
            fn, lno, func = "(unknown file)", 0, "(unknown function)"
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args,
                                 exc_info, func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        """Pass record to the handlers, unless disabled or filtered out."""
        if (not self.disabled) and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        """Attach hdlr to this logger (once)."""
        with _lock:
            if not (hdlr in self.handlers):
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        """Detach hdlr from this logger if attached."""
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def hasHandlers(self):
        """True if this logger or an ancestor it propagates to has handlers."""
        c = self
        rv = False
        while c:
            if c.handlers:
                rv = True
                break
            if not c.propagate:
                break
            else:
                c = c.parent
        return rv

    def callHandlers(self, record):
        """Give record to every handler of this logger and its ancestors (while propagating).

        Without any handler at all, the lastResort handler is used.
        """
        c = self
        found = 0
        while c:
            for hdlr in c.handlers:
                found = found + 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not c.propagate:
                c = None
            else:
                c = c.parent
        if found == 0:
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write("No handlers could be found for logger"
                                 " \"%s\"\n" % self.name)
                self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """The level of this logger, or of the nearest ancestor that has one set."""
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        """True if a record of this level would be processed (cached per level)."""
        if self.disabled:
            return False
        try:
            return self._cache[level]
        except KeyError:
            with _lock:
                if self.manager.disable >= level:
                    is_enabled = self._cache[level] = False
                else:
                    is_enabled = self._cache[level] = (
                        level >= self.getEffectiveLevel()
                    )
            return is_enabled

    def getChild(self, suffix):
        """Get the logger named self.name + '.' + suffix."""
        if self.root is not self:
            suffix = '.'.join((self.name, suffix))
        return self.manager.getLogger(suffix)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name, level)

    def __reduce__(self):
        if getLogger(self.name) is not self:
            import pickle
            raise pickle.PicklingError('logger cannot be pickled')
        return getLogger, (self.name,)


class RootLogger(Logger):
    """The logger at the top of the hierarchy, named "root"."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


class LoggerAdapter(object):
    """Wraps a logger, adding contextual information (extra) to every record it logs."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        """Adjust the message and keyword arguments; by default sets extra=self.extra."""
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, "
                      "use 'warning' instead", DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Process the message, then log it on the underlying logger."""
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info, extra=extra,
                                stack_info=stack_info)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        logger = self.logger
        level = getLevelName(logger.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, logger.name, level)

    __class_getitem__ = classmethod(_GenericAlias)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


# -- configuration and module-level conveniences -----------------------------------------

def basicConfig(**kwargs):
    """Configure the root logger with a handler and formatter, unless it has handlers.

    Keywords: filename, filemode ('a'), format, datefmt, style ('%'), level, stream,
    handlers, force (remove and close existing root handlers first), encoding, errors.
    """
    with _lock:
        force = kwargs.pop('force', False)
        encoding = kwargs.pop('encoding', None)
        errors = kwargs.pop('errors', 'backslashreplace')
        if force:
            for h in root.handlers[:]:
                root.removeHandler(h)
                h.close()
        if len(root.handlers) == 0:
            handlers = kwargs.pop("handlers", None)
            if handlers is None:
                if "stream" in kwargs and "filename" in kwargs:
                    raise ValueError("'stream' and 'filename' should not be "
                                     "specified together")
            else:
                if "stream" in kwargs or "filename" in kwargs:
                    raise ValueError("'stream' or 'filename' should not be "
                                     "specified together with 'handlers'")
            if handlers is None:
                filename = kwargs.pop("filename", None)
                mode = kwargs.pop("filemode", 'a')
                if filename:
                    if 'b' in mode:
                        errors = None
                    else:
                        encoding = _text_encoding(encoding)
                    h = FileHandler(filename, mode, encoding=encoding, errors=errors)
                else:
                    stream = kwargs.pop("stream", None)
                    h = StreamHandler(stream)
                handlers = [h]
            dfs = kwargs.pop("datefmt", None)
            style = kwargs.pop("style", '%')
            if style not in _STYLES:
                raise ValueError('Style must be one of: %s' % ','.join(
                                 _STYLES.keys()))
            fs = kwargs.pop("format", _STYLES[style][1])
            fmt = Formatter(fs, dfs, style)
            for h in handlers:
                if h.formatter is None:
                    h.setFormatter(fmt)
                root.addHandler(h)
            level = kwargs.pop("level", None)
            if level is not None:
                root.setLevel(level)
            if kwargs:
                keys = ', '.join(kwargs.keys())
                raise ValueError('Unrecognised argument(s): %s' % keys)


def getLogger(name=None):
    """Return the logger with the given name; the root logger when name is empty/None."""
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def critical(msg, *args, **kwargs):
    """Log a message with severity CRITICAL on the root logger (configuring it if needed)."""
    if len(root.handlers) == 0:
        basicConfig()
    root.critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    """Same as critical()."""
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    """Log a message with severity ERROR on the root logger (configuring it if needed)."""
    if len(root.handlers) == 0:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    """Log an ERROR message on the root logger with the current exception's traceback."""
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    """Log a message with severity WARNING on the root logger (configuring it if needed)."""
    if len(root.handlers) == 0:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    import warnings
    warnings.warn("The 'warn' function is deprecated, "
                  "use 'warning' instead", DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    """Log a message with severity INFO on the root logger (configuring it if needed)."""
    if len(root.handlers) == 0:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    """Log a message with severity DEBUG on the root logger (configuring it if needed)."""
    if len(root.handlers) == 0:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    """Log msg % args with the integer severity level on the root logger."""
    if len(root.handlers) == 0:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Drop every record of severity level and below, whatever the logger levels."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flush and close all handlers (called at exit)."""
    for wr in reversed(handlerList[:]):
        # Errors are ignored here: during shutdown little can be done about them.
        try:
            h = wr()
            if h:
                try:
                    h.acquire()
                    h.flush()
                    h.close()
                except (OSError, ValueError):
                    pass
                finally:
                    h.release()
        except:
            if raiseExceptions:
                raise


try:
    import atexit
except ImportError:
    pass
else:
    atexit.register(shutdown)


class NullHandler(Handler):
    """A handler that does nothing (for libraries that want no "no handlers" output)."""

    def handle(self, record):
        """Ignore record."""

    def emit(self, record):
        """Ignore record."""

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


# -- routing warnings through logging ----------------------------------------------------

_warnings_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    """Log a warning on the "py.warnings" logger (or write it to file when one is given)."""
    if file is not None:
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno, file, line)
    else:
        import warnings
        s = warnings.formatwarning(message, category, filename, lineno, line)
        logger = getLogger("py.warnings")
        if not logger.handlers:
            logger.addHandler(NullHandler())
        logger.warning("%s", s)


def captureWarnings(capture):
    """Send warnings to the logging system (capture=True) or back to their usual output."""
    import warnings
    global _warnings_showwarning
    if capture:
        if _warnings_showwarning is None:
            _warnings_showwarning = warnings.showwarning
            warnings.showwarning = _showwarning
    else:
        if _warnings_showwarning is not None:
            warnings.showwarning = _warnings_showwarning
            _warnings_showwarning = None
