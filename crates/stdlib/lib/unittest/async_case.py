"""IsolatedAsyncioTestCase: test cases with coroutine tests and fixtures (needs asyncio).

Each test runs in an event loop of its own (in debug mode).  The order is
setUp, asyncSetUp, the test method (awaited if it is a coroutine function),
asyncTearDown, tearDown, then the cleanups (coroutine cleanups awaited).
"""

import asyncio

try:
    import contextvars
except ImportError:
    contextvars = None

from .case import TestCase, _warn

__unittest = True


def _is_coroutine_function(func):
    return asyncio.iscoroutinefunction(func)


class IsolatedAsyncioTestCase(TestCase):
    """A TestCase whose test methods, asyncSetUp and asyncTearDown may be
    coroutine functions; each test gets a fresh event loop."""

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        self._asyncioRunner = None
        self._asyncioTestContext = (contextvars.copy_context()
                                    if contextvars is not None else None)

    async def asyncSetUp(self):
        """Coroutine run after setUp."""

    async def asyncTearDown(self):
        """Coroutine run before tearDown."""

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        """Register a coroutine function (or any callable) as a cleanup."""
        self.addCleanup(func, *args, **kwargs)

    async def enterAsyncContext(self, cm):
        """Enter the asynchronous context manager cm, exit it as a cleanup;
        return what __aenter__ gave."""
        kind = type(cm)
        try:
            enter = kind.__aenter__
            leave = kind.__aexit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the asynchronous "
                            "context manager protocol"
                            % (kind.__module__, kind.__qualname__)) from None
        value = await enter(cm)
        self.addAsyncCleanup(leave, cm, None, None, None)
        return value

    def _in_context(self, func, *args, **kwargs):
        if self._asyncioTestContext is None:
            return func(*args, **kwargs)
        return self._asyncioTestContext.run(func, *args, **kwargs)

    def _await(self, coroutine):
        runner = self._asyncioRunner
        if self._asyncioTestContext is None:
            return runner.run(coroutine)
        return runner.run(coroutine, context=self._asyncioTestContext)

    def _callAsync(self, func, /, *args, **kwargs):
        assert self._asyncioRunner is not None, 'asyncio runner is not initialized'
        assert _is_coroutine_function(func), '%r is not an async function' % func
        return self._await(func(*args, **kwargs))

    def _callMaybeAsync(self, func, /, *args, **kwargs):
        assert self._asyncioRunner is not None, 'asyncio runner is not initialized'
        if _is_coroutine_function(func):
            return self._await(func(*args, **kwargs))
        return self._in_context(func, *args, **kwargs)

    def _callSetUp(self):
        # Create the loop first, so that setUp can already use it.
        self._asyncioRunner.get_loop()
        self._in_context(self.setUp)
        self._callAsync(self.asyncSetUp)

    def _callTestMethod(self, method):
        if self._callMaybeAsync(method) is not None:
            _warn('It is deprecated to return a value that is not None from a '
                  'test case (%s)' % (method,), DeprecationWarning, 4)

    def _callTearDown(self):
        self._callAsync(self.asyncTearDown)
        self._in_context(self.tearDown)

    def _callCleanup(self, function, *args, **kwargs):
        self._callMaybeAsync(function, *args, **kwargs)

    def _setupAsyncioRunner(self):
        assert self._asyncioRunner is None, 'asyncio runner is already initialized'
        self._asyncioRunner = asyncio.Runner(debug=True)

    def _tearDownAsyncioRunner(self):
        runner = self._asyncioRunner
        self._asyncioRunner = None
        runner.close()

    def run(self, result=None):
        self._setupAsyncioRunner()
        try:
            return super().run(result)
        finally:
            self._tearDownAsyncioRunner()

    def debug(self):
        self._setupAsyncioRunner()
        super().debug()
        self._tearDownAsyncioRunner()

    def __del__(self):
        if self._asyncioRunner is not None:
            self._tearDownAsyncioRunner()
