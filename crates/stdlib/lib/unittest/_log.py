"""The context manager behind TestCase.assertLogs and assertNoLogs (needs `logging`)."""

import collections

from .case import _BaseTestCaseContext

_LoggingWatcher = collections.namedtuple("_LoggingWatcher",
                                         ["records", "output"])


def _capturing_handler_class(logging):
    class _CapturingHandler(logging.Handler):
        """Keeps every record it gets, and its formatted text."""

        def __init__(self):
            logging.Handler.__init__(self)
            self.watcher = _LoggingWatcher([], [])

        def flush(self):
            pass

        def emit(self, record):
            self.watcher.records.append(record)
            self.watcher.output.append(self.format(record))

    return _CapturingHandler


class _AssertLogsContext(_BaseTestCaseContext):
    """Captures what a logger (and its children) log inside a `with` block."""

    LOGGING_FORMAT = "%(levelname)s:%(name)s:%(message)s"

    def __init__(self, test_case, logger_name, level, no_logs):
        import logging
        _BaseTestCaseContext.__init__(self, test_case)
        self._logging = logging
        self.logger_name = logger_name
        if level:
            names = getattr(logging, '_nameToLevel', None)
            if names is not None:
                self.level = names.get(level, level)
            elif isinstance(level, str):
                self.level = logging.getLevelName(level)
            else:
                self.level = level
        else:
            self.level = logging.INFO
        self.msg = None
        self.no_logs = no_logs

    def __enter__(self):
        logging = self._logging
        if isinstance(self.logger_name, logging.Logger):
            logger = self.logger = self.logger_name
        else:
            logger = self.logger = logging.getLogger(self.logger_name)
        handler = _capturing_handler_class(logging)()
        handler.setLevel(self.level)
        handler.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        self.watcher = handler.watcher
        self.old_handlers = logger.handlers[:]
        self.old_level = logger.level
        self.old_propagate = logger.propagate
        logger.handlers = [handler]
        logger.setLevel(self.level)
        logger.propagate = False
        if self.no_logs:
            return None
        return handler.watcher

    def __exit__(self, exc_type, exc_value, tb):
        self.logger.handlers = self.old_handlers
        self.logger.propagate = self.old_propagate
        self.logger.setLevel(self.old_level)

        if exc_type is not None:
            # Let an exception go through.
            return False

        if self.no_logs:
            if self.watcher.records:
                self._raiseFailure(
                    "Unexpected logs found: {!r}".format(self.watcher.output))
        elif not self.watcher.records:
            self._raiseFailure(
                "no logs of level {} or higher triggered on {}".format(
                    self._logging.getLevelName(self.level), self.logger.name))
        return None
