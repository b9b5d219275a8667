"""Functions to run when the interpreter exits: register(), unregister(), and the runner the
interpreter calls at exit (last registered runs first)."""

import sys as _sys

_handlers = []


def register(func, *args, **kwargs):
    """Run func(*args, **kwargs) at exit; returns func, so it works as a decorator."""
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _handlers.append((func, args, kwargs))
    return func


def unregister(func):
    """Forget every registration of func."""
    _handlers[:] = [h for h in _handlers if h[0] != func]


def _clear():
    del _handlers[:]


def _ncallbacks():
    return len(_handlers)


def _run_exitfuncs():
    while _handlers:
        func, args, kwargs = _handlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            try:
                _sys.stdout.flush()
            except Exception:
                pass
            print(f'Exception ignored in atexit callback: {func!r}', file=_sys.stderr)
            try:
                import traceback
                traceback.print_exception(type(exc), exc, exc.__traceback__, file=_sys.stderr)
            except Exception:
                print(f'{type(exc).__name__}: {exc}', file=_sys.stderr)
