import logging
import sys

TRACE = 5
logging.addLevelName(TRACE, 'TRACE')


class TraceLogger(logging.Logger):
    def trace(self, msg, *args, **kwargs):
        if self.isEnabledFor(TRACE):
            self._log(TRACE, msg, args, **kwargs)


before = logging.getLogger('before.custom')
logging.setLoggerClass(TraceLogger)
print(logging.getLoggerClass().__name__)
log = logging.getLogger('custom.trace')
print(type(log).__name__, type(before).__name__, type(logging.getLogger('custom')).__name__)
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('%(levelname)s %(name)s %(message)s'))
log.addHandler(handler)
log.setLevel(TRACE)
log.trace('tracing value=%r', 42)
log.info('normal info')
try:
    logging.setLoggerClass(dict)
except TypeError as e:
    print('TypeError:', e)
logging.setLoggerClass(logging.Logger)

old_factory = logging.getLogRecordFactory()


def factory(*args, **kwargs):
    record = old_factory(*args, **kwargs)
    record.hostname = 'build-01'
    return record


logging.setLogRecordFactory(factory)
handler.setFormatter(logging.Formatter('%(hostname)s %(message)s'))
log.info('record from the custom factory')
logging.setLogRecordFactory(old_factory)
print(logging.getLogRecordFactory() is logging.LogRecord)


class LoudRecord(logging.LogRecord):
    def getMessage(self):
        return super().getMessage().upper()


logging.setLogRecordFactory(LoudRecord)
handler.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
log.info('shouting now %s', 'ok')
logging.setLogRecordFactory(logging.LogRecord)
manager_log = logging.Logger.manager
print(manager_log.root is logging.root, logging.Logger.root is logging.root)
logging.Logger.manager.setLoggerClass(TraceLogger)
print(type(logging.getLogger('via.manager')).__name__)
logging.Logger.manager.loggerClass = None
