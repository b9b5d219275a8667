"""Utilities for with-statement contexts.

contextmanager / asynccontextmanager turn a generator that yields once into a context manager;
ExitStack / AsyncExitStack combine any number of context managers and cleanup callbacks;
closing, aclosing, suppress, redirect_stdout, redirect_stderr, nullcontext and chdir are small
ready-made context managers; ContextDecorator lets a context manager decorate functions.
"""

import os
import sys
from collections import deque
from functools import wraps

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]

_GenericAlias = type(list[int])


# ---------------------------------------------------------------------------------------------
# Abstract base classes

from abc import ABCMeta as _AbstractMeta, abstractmethod as _abstractmethod


def _defines_methods(candidate, *names):
    """True when every name is found (and not set to None) along candidate's MRO."""
    mro = candidate.__mro__
    for name in names:
        for klass in mro:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(metaclass=_AbstractMeta):
    """Base class for context managers: __enter__ returns self, __exit__ must be defined.
    Any class with both methods counts as a subclass in isinstance/issubclass."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __enter__(self):
        """Entering the context gives the manager itself."""
        return self

    @_abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Leave the context; a true result would suppress the exception."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _defines_methods(C, "__enter__", "__exit__")
        return NotImplemented


class AbstractAsyncContextManager(metaclass=_AbstractMeta):
    """Base class for async context managers: __aenter__ returns self, __aexit__ must be
    defined. Any class with both methods counts as a subclass."""

    __class_getitem__ = classmethod(_GenericAlias)

    async def __aenter__(self):
        """Entering the context gives the manager itself."""
        return self

    @_abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Leave the context; a true result would suppress the exception."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _defines_methods(C, "__aenter__", "__aexit__")
        return NotImplemented


# ---------------------------------------------------------------------------------------------
# Context managers usable as decorators

class ContextDecorator(object):
    """Mixin for context managers: an instance used as a decorator runs each call of the
    decorated function inside a with statement on the manager."""

    def _recreate_cm(self):
        """Return a context manager for one call of the decorated function (self by default;
        one-shot managers return a fresh copy)."""
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class AsyncContextDecorator(object):
    """Mixin for async context managers: an instance used as a decorator runs each call of
    the decorated coroutine function inside an async with statement on the manager."""

    def _recreate_cm(self):
        """Return a context manager for one call of the decorated coroutine function."""
        return self

    def __call__(self, func):
        @wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return inner


# ---------------------------------------------------------------------------------------------
# @contextmanager and @asynccontextmanager

class _GeneratorContextManagerBase:
    """Shared part of the helpers returned by @contextmanager and @asynccontextmanager."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        # The instance documents itself with the generator function's docstring.
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # Each use as a decorator needs a fresh generator.
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager,
                               ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        # The arguments are only needed to recreate the manager before it is entered.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")

        if value is None:
            # Make an instance so that the exception coming back can be recognised.
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except BaseException as exc:
            if isinstance(exc, StopIteration):
                # The generator finished: the exception was handled, unless the body's own
                # StopIteration came back out.
                return exc is not value
            if exc is value:
                # The generator let the exception through: report "not handled" and let the
                # with statement re-raise it.
                exc.__traceback__ = traceback
                return False
            if (isinstance(exc, RuntimeError) and isinstance(value, StopIteration)
                    and exc.__cause__ is value):
                # A StopIteration thrown in was turned into RuntimeError by the generator.
                value.__traceback__ = traceback
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """Helper for @asynccontextmanager decorator."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await self.gen.__anext__()
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")

        if value is None:
            value = typ()
        try:
            await self.gen.athrow(typ, value, traceback)
        except BaseException as exc:
            if isinstance(exc, StopAsyncIteration):
                return exc is not value
            if exc is value:
                exc.__traceback__ = traceback
                return False
            if (isinstance(exc, RuntimeError)
                    and isinstance(value, (StopIteration, StopAsyncIteration))
                    and exc.__cause__ is value):
                value.__traceback__ = traceback
                return False
            raise
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    """Decorator turning a generator function that yields exactly once into a factory of
    context managers: the code before the yield runs on entry, the yielded value is what
    "as" binds, and the code after the yield runs on exit. An exception from the with block
    is raised at the yield, where the generator may catch it (and so suppress it)."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    """Decorator like contextmanager for async generator functions: the result is used with
    "async with" (or as a decorator of coroutine functions)."""
    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


# ---------------------------------------------------------------------------------------------
# Small ready-made context managers

class closing(AbstractContextManager):
    """Give `thing` to the with block and call thing.close() when the block is left,
    however it is left."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Give `thing` to the async with block and await thing.aclose() when the block is
    left (for async generators and other resources closed asynchronously)."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack of the streams replaced, so one instance can be re-entered.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Make sys.stdout refer to another file object for the duration of the block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Make sys.stderr refer to another file object for the duration of the block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Swallow the given exception types (and their subclasses) raised in the block; the
    program continues after the with statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager that does nothing: entering it gives enter_result. Handy where a
    real context manager is needed only sometimes. Works with async with as well."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Change the current working directory for the duration of the block, then change it
    back. (The working directory belongs to the whole process.)"""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        os.chdir(self._old_cwd.pop())


# ---------------------------------------------------------------------------------------------
# ExitStack and AsyncExitStack

def _bind(method, obj):
    """A callable that calls method with obj as its first argument, as a bound method does
    (whether or not method itself is a descriptor)."""
    def bound(*args, **kwds):
        return method(obj, *args, **kwds)
    return bound


class _BaseExitStack:
    """The parts ExitStack and AsyncExitStack share: the stack of exit callbacks."""

    @staticmethod
    def _create_exit_wrapper(cm, cm_exit):
        return _bind(cm_exit, cm)

    @staticmethod
    def _create_cb_wrapper(callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        return _exit_wrapper

    def __init__(self):
        # Entries are (is_sync, callback), called last-in first-out.
        self._exit_callbacks = deque()

    def pop_all(self):
        """Move all registered callbacks to a new stack of the same type and return it."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = deque()
        return new_stack

    def push(self, exit):
        """Add a callback taking (exc_type, exc, traceback), like __exit__; a true result
        suppresses the exception. An object whose type has __exit__ registers that method.
        Returns `exit`, so this works as a decorator."""
        exit_method = getattr(type(exit), '__exit__', _NOT_FOUND)
        if exit_method is _NOT_FOUND:
            # Not a context manager: the object itself is the callback.
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter cm, register its __exit__ and return what its __enter__ returned."""
        cls = type(cm)
        enter = getattr(cls, '__enter__', _NOT_FOUND)
        exit = getattr(cls, '__exit__', _NOT_FOUND)
        if enter is _NOT_FOUND or exit is _NOT_FOUND:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol")
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Call callback(*args, **kwds) when the stack unwinds (it cannot suppress
        exceptions). Returns callback, so this works as a decorator."""
        wrapper = self._create_cb_wrapper(callback, *args, **kwds)
        # Let introspection find the original callback.
        wrapper.__wrapped__ = callback
        self._push_exit_callback(wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        """Register cm_exit bound to cm."""
        self._push_exit_callback(self._create_exit_wrapper(cm, cm_exit), True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


_NOT_FOUND = object()


def _relink_context(new_exc, old_exc, frame_exc):
    """Make the chain of __context__ links from new_exc end at old_exc.

    While an exit callback runs, the exception being handled by the caller of __exit__
    (frame_exc) is what the interpreter links new exceptions to; the exception the callback
    actually saw is old_exc, so the end of new_exc's chain is moved there."""
    while True:
        context = new_exc.__context__
        if context is None or context is old_exc:
            return
        if context is frame_exc:
            break
        new_exc = context
    new_exc.__context__ = old_exc


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A context manager holding a stack of other context managers and callbacks, all
    unwound (last registered first) when the with block ends. An exception raised by one
    callback is passed to the next ones, as nested with statements would do."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed = False
        pending = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            assert is_sync
            try:
                if cb(*exc_details):
                    suppressed = True
                    pending = False
                    exc_details = (None, None, None)
            except:
                new_details = sys.exc_info()
                _relink_context(new_details[1], exc_details[1], frame_exc)
                pending = True
                exc_details = new_details
        if pending:
            # Raise the last exception without letting this raise replace the __context__
            # it already has.
            exc = exc_details[1]
            context = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = context
                raise
        return received_exc and suppressed

    def close(self):
        """Run all registered callbacks now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for async with: also holds async context managers and coroutine
    callbacks, awaited when the stack unwinds."""

    @staticmethod
    def _create_async_exit_wrapper(cm, cm_exit):
        return _bind(cm_exit, cm)

    @staticmethod
    def _create_async_cb_wrapper(callback, /, *args, **kwds):
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        return _exit_wrapper

    async def enter_async_context(self, cm):
        """Enter the async context manager cm, register its __aexit__ and return what its
        __aenter__ returned."""
        cls = type(cm)
        enter = getattr(cls, '__aenter__', _NOT_FOUND)
        exit = getattr(cls, '__aexit__', _NOT_FOUND)
        if enter is _NOT_FOUND or exit is _NOT_FOUND:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol")
        result = await enter(cm)
        self._push_async_cm_exit(cm, exit)
        return result

    def push_async_exit(self, exit):
        """Add a coroutine function taking (exc_type, exc, traceback), like __aexit__; a
        true result suppresses the exception. An object whose type has __aexit__ registers
        that method. Returns `exit`."""
        exit_method = getattr(type(exit), '__aexit__', _NOT_FOUND)
        if exit_method is _NOT_FOUND:
            self._push_exit_callback(exit, False)
        else:
            self._push_async_cm_exit(exit, exit_method)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Await callback(*args, **kwds) when the stack unwinds (it cannot suppress
        exceptions). Returns callback."""
        wrapper = self._create_async_cb_wrapper(callback, *args, **kwds)
        wrapper.__wrapped__ = callback
        self._push_exit_callback(wrapper, False)
        return callback

    async def aclose(self):
        """Run all registered callbacks now."""
        await self.__aexit__(None, None, None)

    def _push_async_cm_exit(self, cm, cm_exit):
        """Register the coroutine function cm_exit bound to cm."""
        self._push_exit_callback(self._create_async_exit_wrapper(cm, cm_exit), False)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed = False
        pending = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if is_sync:
                    result = cb(*exc_details)
                else:
                    result = await cb(*exc_details)
                if result:
                    suppressed = True
                    pending = False
                    exc_details = (None, None, None)
            except:
                new_details = sys.exc_info()
                _relink_context(new_details[1], exc_details[1], frame_exc)
                pending = True
                exc_details = new_details
        if pending:
            # Raise the last exception without letting this raise replace the __context__
            # it already has.
            exc = exc_details[1]
            context = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = context
                raise
        return received_exc and suppressed
