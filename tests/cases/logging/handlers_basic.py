import io
import logging
import sys

stream = io.StringIO()
h = logging.StreamHandler(stream)
print(repr(h), h.level, h.formatter, h.name, h.terminator == '\n')
log = logging.getLogger('handlers')
log.addHandler(h)
log.addHandler(h)
print(len(log.handlers))
log.warning('to the string stream')
h.terminator = ' | '
log.warning('custom terminator')
log.warning('second')
print(repr(stream.getvalue()))
old = h.setStream(sys.stdout)
print(old is stream, h.setStream(sys.stdout))
h.terminator = '\n'
log.warning('now on stdout')
print(repr(logging.StreamHandler(sys.stdout)), repr(logging.StreamHandler(sys.stderr)))
print(repr(logging.StreamHandler(io.StringIO())))
h.set_name('primary')
print(h.name, h.get_name())
log.removeHandler(h)
log.removeHandler(h)
log.warning('no handler: last resort to stderr')
nh = logging.NullHandler()
print(repr(nh), nh.lock)
log.addHandler(nh)
log.warning('swallowed by NullHandler')
print(log.hasHandlers())
base = logging.Handler()
try:
    base.emit(logging.makeLogRecord({}))
except NotImplementedError as e:
    print('NotImplementedError:', e)
print(repr(base), base.format(logging.makeLogRecord({'msg': 'formatted by default'})))
base.setFormatter(logging.Formatter('<%(message)s>'))
print(base.format(logging.makeLogRecord({'msg': 'custom'})))


class Upper(logging.Handler):
    def emit(self, record):
        print('UPPER:', self.format(record).upper())


u = Upper(level=logging.ERROR)
log.addHandler(u)
log.warning('below the handler level')
log.error('reaches the handler')
print(u.handle(logging.makeLogRecord({'msg': 'handle() directly', 'levelno': 10})))
u.addFilter(lambda r: False)
print(u.handle(logging.makeLogRecord({'msg': 'filtered'})))
u.close()
print(u._closed)
