"""Control-C handling for test runs (the -c/--catch option).

With the handler installed, the first Control-C asks every registered
result to stop after the current test; a second one interrupts as usual.
Without the `signal` module (pyrite has none yet) installing is a no-op.
"""

import functools

try:
    import signal as _signal
except ImportError:
    _signal = None

try:
    import weakref as _weakref
except ImportError:
    _weakref = None

__unittest = True


class _InterruptHandler(object):
    def __init__(self, default_handler):
        self.called = False
        self.original_handler = default_handler
        if isinstance(default_handler, int):
            if default_handler == _signal.SIG_DFL:
                # Not quite right: the default action is an abrupt exit.
                default_handler = _signal.default_int_handler
            elif default_handler == _signal.SIG_IGN:
                def default_handler(unused_signum, unused_frame):
                    pass
            else:
                raise TypeError("expected SIGINT signal handler to be "
                                "signal.SIG_IGN, signal.SIG_DFL, or a "
                                "callable object")
        self.default_handler = default_handler

    def __call__(self, signum, frame):
        installed = _signal.getsignal(_signal.SIGINT)
        if installed is not self:
            # Someone replaced us: behave as if we were not there.
            self.default_handler(signum, frame)
        if self.called:
            self.default_handler(signum, frame)
        self.called = True
        for result in list(_results.keys()):
            result.stop()


if _weakref is not None:
    _results = _weakref.WeakKeyDictionary()
else:
    _results = {}


def registerResult(result):
    """Let Control-C stop this result's run."""
    _results[result] = 1


def removeResult(result):
    """Forget a result given to registerResult; True if it was there."""
    return bool(_results.pop(result, None))


_interrupt_handler = None


def installHandler():
    """Install the Control-C handler (once)."""
    global _interrupt_handler
    if _signal is None:
        return
    if _interrupt_handler is None:
        default_handler = _signal.getsignal(_signal.SIGINT)
        _interrupt_handler = _InterruptHandler(default_handler)
        _signal.signal(_signal.SIGINT, _interrupt_handler)


def removeHandler(method=None):
    """Restore the previous Control-C handler; as a decorator, do so for
    the duration of each call of method."""
    if method is not None:
        @functools.wraps(method)
        def inner(*args, **kwargs):
            initial = None if _signal is None else _signal.getsignal(_signal.SIGINT)
            removeHandler()
            try:
                return method(*args, **kwargs)
            finally:
                if _signal is not None:
                    _signal.signal(_signal.SIGINT, initial)
        return inner

    global _interrupt_handler
    if _interrupt_handler is not None and _signal is not None:
        _signal.signal(_signal.SIGINT, _interrupt_handler.original_handler)
