import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('%(name)s:%(levelname)s:%(message)s'))
root = logging.getLogger()
root.addHandler(handler)
root.setLevel(logging.DEBUG)

only_app = logging.Filter('app')
handler.addFilter(only_app)
for name in ('app', 'app.db', 'application', 'ap', 'other.app', 'app2.x'):
    logging.getLogger(name).info('hello')
handler.removeFilter(only_app)
handler.removeFilter(only_app)


class LevelRange:
    def __init__(self, low, high):
        self.low, self.high = low, high

    def filter(self, record):
        return self.low <= record.levelno <= self.high


def no_secrets(record):
    return 'secret' not in record.getMessage()


def add_context(record):
    record.msg = '[ctx] ' + record.msg
    return True


log = logging.getLogger('svc')
log.addFilter(no_secrets)
log.addFilter(add_context)
log.addFilter(no_secrets)
print(len(log.filters))
log.info('public message')
log.info('the secret is 42')
handler.addFilter(LevelRange(logging.INFO, logging.WARNING))
log.debug('too low')
log.warning('in range')
log.error('too high')
print(logging.Filter().filter(logging.makeLogRecord({'name': 'anything'})))
f = logging.Filter('a.b')
for name in ('a.b', 'a.b.c', 'a.bc', 'a', 'x.a.b'):
    print(name, f.filter(logging.makeLogRecord({'name': name})))
print(f.name, f.nlen)
