"""Issue warning messages and control what happens to them.

warn() reports a warning from the caller's code location; the filters list (changed with
filterwarnings(), simplefilter() and resetwarnings()) decides whether it is ignored, shown
("default": once per location, "module", "once", "always") or raised ("error"). Shown warnings
go through showwarning()/formatwarning() to sys.stderr; catch_warnings() saves and restores the
state and can record warnings instead of showing them.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a formatted warning to file (sys.stderr by default). May be replaced."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """Return the text of a warning: "file:line: Category: message" and the source line."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            # No stderr at all (a windowed program): nowhere to show it.
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"

    if msg.line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    else:
        line = msg.line
    if line:
        line = line.strip()
        s += "  %s\n" % line

    if msg.source is not None:
        try:
            import tracemalloc
        except Exception:
            suggest_tracemalloc = False
            tb = None
        else:
            try:
                suggest_tracemalloc = not tracemalloc.is_tracing()
                tb = tracemalloc.get_object_traceback(msg.source)
            except Exception:
                suggest_tracemalloc = False
                tb = None

        if tb is not None:
            s += 'Object allocated at (most recent call last):\n'
            for frame in tb:
                s += ('  File "%s", lineno %s\n' % (frame.filename, frame.lineno))
                try:
                    import linecache
                    line = linecache.getline(frame.filename, frame.lineno)
                except Exception:
                    line = None
                if line:
                    line = line.strip()
                    s += '    %s\n' % line
        elif suggest_tracemalloc:
            s += (f'{category}: Enable tracemalloc to get the object '
                  f'allocation traceback\n')
    return s


# Keep references to the originals, to tell whether the user replaced them.
_showwarning_orig = showwarning


def _showwarnmsg(msg):
    """Show msg through showwarning() if the user replaced it, else the built-in way."""
    try:
        sw = showwarning
    except NameError:
        pass
    else:
        if sw is not _showwarning_orig:
            # The user replaced showwarning(): call it with the classic arguments.
            if not callable(sw):
                raise TypeError("warnings.showwarning() must be set to a "
                                "function or method")
            sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
            return
    _showwarnmsg_impl(msg)


_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    """Format msg through formatwarning() if the user replaced it, else the built-in way."""
    try:
        fw = formatwarning
    except NameError:
        pass
    else:
        if fw is not _formatwarning_orig:
            # The user replaced formatwarning().
            return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


# -- a small regular-expression matcher, used only when the re module is missing ------------

def _compile(pattern, ignorecase=False):
    import re
    return re.compile(pattern, re.I) if ignorecase else re.compile(pattern)


def _escape(text):
    import re
    return re.escape(text)


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        # Filters installed by the interpreter hold plain names, compared exactly.
        return pattern == text
    return bool(pattern.match(text))


# -- filters -----------------------------------------------------------------------------

def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Add a filter to the front of the list (or the end, with append=True).

    action is what to do with matching warnings: "error", "ignore", "always", "default",
    "module" or "once". message and module are regular expressions matched (from the start,
    the message case-insensitively) against the warning text and the module name; category
    must be a Warning subclass that the warning's class derives from; lineno 0 matches any
    line.
    """
    assert action in ("error", "ignore", "always", "default", "module",
                      "once"), "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"

    message = _compile(message, True) if message else None
    module = _compile(module) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter that matches any message and module (see filterwarnings())."""
    assert action in ("error", "ignore", "always", "default", "module",
                      "once"), "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # An equal entry already in the list is moved rather than repeated.
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Remove every filter; warnings then get the default action."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """A -W command-line option that cannot be understood."""


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


def _setoption(arg):
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    while len(parts) < 5:
        parts.append('')
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message:
        message = _escape(message)
    if module:
        module = _escape(module) + r'\Z'
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for a in ('default', 'always', 'ignore', 'module', 'once', 'error'):
        if a.startswith(action):
            return a
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if '.' not in category:
        import builtins as m
        klass = category
    else:
        module, _, klass = category.rpartition('.')
        try:
            m = __import__(module, None, None, [klass])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (module,)) from None
    try:
        cat = getattr(m, klass)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not issubclass(cat, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


# -- issuing warnings --------------------------------------------------------------------

def _is_internal_frame(frame):
    """True for frames of the import machinery, which stacklevel does not count."""
    filename = frame.f_code.co_filename
    return 'importlib' in filename and '_bootstrap' in filename


def _next_external_frame(frame):
    """The nearest frame further out that is not import machinery (or None)."""
    frame = frame.f_back
    while frame is not None and _is_internal_frame(frame):
        frame = frame.f_back
    return frame


def _caller_frame(depth):
    """Return the frame `depth` levels above the caller of this helper, or None.

    Uses sys._getframe when the interpreter supports it, and otherwise walks f_back from the
    frame of a freshly caught exception.
    """
    getframe = getattr(sys, '_getframe', None)
    if getframe is not None:
        try:
            return getframe(depth + 1)
        except ValueError:
            return None
        except Exception:
            pass
    try:
        raise Exception
    except Exception as exc:
        frame = exc.__traceback__.tb_frame
    for _ in range(depth + 1):
        frame = getattr(frame, 'f_back', None)
        if frame is None:
            return None
    return frame


_sys_registry_globals = None


def _sys_globals():
    global _sys_registry_globals
    try:
        return sys.__dict__
    except AttributeError:
        if _sys_registry_globals is None:
            _sys_registry_globals = {'__name__': 'sys'}
        return _sys_registry_globals


def warn(message, category=None, stacklevel=1, source=None):
    """Report a warning from the caller's location (stacklevel frames out).

    Depending on the filters the warning is shown, ignored or raised as an exception.
    """
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    # The frame that called warn(), then stacklevel-1 further out.
    frame = _caller_frame(1)
    if frame is not None:
        if stacklevel <= 1 or _is_internal_frame(frame):
            for _ in range(stacklevel - 1):
                frame = getattr(frame, 'f_back', None)
                if frame is None:
                    break
        else:
            for _ in range(stacklevel - 1):
                frame = _next_external_frame(frame)
                if frame is None:
                    break
    globals = getattr(frame, 'f_globals', None) if frame is not None else None
    if frame is None or globals is None:
        globals = _sys_globals()
        filename = "sys"
        lineno = 1
    else:
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals.get('__name__')
    if not isinstance(module, str):
        module = "<string>"
    registry = globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals, source)


def _already_warned(registry, key, should_set):
    """True if key is in registry; records it when should_set. Stale registries are reset."""
    if registry.get('version') != _filter_generation:
        registry.clear()
        registry['version'] = _filter_generation
    if registry.get(key):
        return True
    if should_set:
        registry[key] = True
    return False


def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None, source=None):
    """Issue a warning for an explicit file/line location (no stack inspection)."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _already_warned(registry, key, False):
        return
    # The first matching filter decides.
    if not isinstance(filters, list):
        raise ValueError("warnings.filters must be a list")
    for index, item in enumerate(filters):
        if not isinstance(item, tuple) or len(item) != 5:
            raise ValueError("warnings.filters item %d isn't a 5-tuple" % index)
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and
                _matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
        item = None

    if action == "error":
        raise message
    if action == "ignore":
        return

    if module_globals is not None:
        # Prime the linecache, in case the source comes from a module's loader.
        import linecache
        linecache.getlines(filename, module_globals)

    seen = False
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action == "once":
            target = registry if registry is not None else onceregistry
            seen = _already_warned(target, (text, category), True)
        elif action == "module":
            if registry is not None:
                seen = _already_warned(registry, (text, category), True)
        elif action != "default":
            raise RuntimeError(
                "Unrecognized action (%r) in warnings.filters:\n %r" % (action, item))
    if seen:
        return
    msg = WarningMessage(message, category, filename, lineno, source=source)
    _showwarnmsg(msg)


class WarningMessage(object):
    """The details of one warning, as recorded by catch_warnings(record=True)."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """Context manager saving the filters and showwarning() on entry, restoring them on exit.

    With record=True, __enter__ returns a list to which WarningMessage objects are appended
    instead of showing them. module is the warnings module to protect (default: this one).
    action, category, lineno and append, if given, are passed to simplefilter() on entry.
    """

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            # With the original showwarning() in place, every warning reaches the list.
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


_DEPRECATED_MSG = "{name!r} is deprecated and slated for removal in Python {remove}"


def _deprecated(name, message=_DEPRECATED_MSG, *, remove, _version=sys.version_info):
    """Issue a DeprecationWarning about name, which goes away in version remove.

    Once that version is reached (beyond its alphas) this raises RuntimeError instead, as a
    reminder to delete the deprecated code.
    """
    remove_formatted = f"{remove[0]}.{remove[1]}"
    if (_version[:2] > remove) or (_version[:2] == remove and _version[3] != "alpha"):
        msg = f"{name!r} was slated for removal after Python {remove_formatted} alpha"
        raise RuntimeError(msg)
    else:
        msg = message.format(name=name, remove=remove_formatted)
        warn(msg, DeprecationWarning, stacklevel=3)


def _warn_unawaited_coroutine(coro):
    msg_lines = [
        f"coroutine '{coro.__qualname__}' was never awaited\n"
    ]
    msg = "".join(msg_lines).rstrip("\n")
    warn(msg, category=RuntimeWarning, stacklevel=2, source=coro)


# -- module state ------------------------------------------------------------------------

_filter_generation = 0


def _filters_mutated():
    global _filter_generation
    _filter_generation += 1


defaultaction = "default"
onceregistry = {}
filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
_warnings_defaults = True

if sys.warnoptions:
    _processoptions(sys.warnoptions)
