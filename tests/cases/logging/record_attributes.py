import logging
import os
import sys


class Capture(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record)


cap = Capture()
log = logging.getLogger('attrs')
log.addHandler(cap)
log.setLevel(logging.DEBUG)
log.propagate = False


def some_function():
    log.info('from a function %s', 'arg')


some_function()
log.debug('at module level')


class Service:
    def run(self):
        log.warning('inside a method')


Service().run()
for r in cap.records:
    print(r.name, r.levelno, r.levelname, r.msg, r.args, r.getMessage())
    print('  ', r.filename, r.module, os.path.basename(r.pathname), r.lineno, r.funcName)
    print('  ', r.exc_info, r.exc_text, r.stack_info, type(r.created).__name__, type(r.msecs).__name__,
          type(r.relativeCreated).__name__, isinstance(r.thread, int), r.threadName, r.processName,
          r.process == os.getpid())
    print('  ', r.msecs == int(r.msecs), 0 <= r.msecs < 1000, r.relativeCreated >= 0)
    print('  ', repr(r).replace(r.pathname, 'PATH'))
r = logging.LogRecord('n', 20, '/a/b/c.tar.gz', 1, 'x %(k)s', ({'k': 'v'},), None)
print(r.args, r.getMessage(), r.filename, r.module)
r = logging.LogRecord('n', 20, None, 1, 'x', (), None)
print(r.filename, r.module, r.args, r.funcName)
r = logging.makeLogRecord({'msg': 'made %s', 'args': ('here',), 'levelno': 30, 'custom': 1})
print(r.getMessage(), r.levelname, r.name, r.custom, r.pathname == '', r.lineno)
log.info('extra fields', extra={'user': 'bob', 'ip': '10.0.0.1'})
print(cap.records[-1].user, cap.records[-1].ip)
for key in ('message', 'asctime', 'name'):
    try:
        log.info('x', extra={key: 1})
    except KeyError as e:
        print('KeyError:', e)
