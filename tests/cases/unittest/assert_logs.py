"""assertLogs and assertNoLogs with loggers and levels."""
import logging
import unittest


class Service:
    log = logging.getLogger('app.service')

    def start(self, port):
        self.log.info('starting on port %d', port)
        if port < 1024:
            self.log.warning('port %d needs privileges', port)
        self.log.debug('details hidden at INFO level')


tc = unittest.TestCase()
with tc.assertLogs('app', level='INFO') as cm:
    Service().start(80)
print(cm.output)
print([r.levelname for r in cm.records], cm.records[0].getMessage())

with tc.assertLogs('app.service', level=logging.DEBUG) as cm:
    Service().start(8080)
print(cm.output)

with tc.assertLogs() as cm:
    logging.getLogger().error('root error')
    logging.getLogger('other').critical('other critical')
print(cm.output)

with tc.assertNoLogs('app', level='ERROR'):
    Service().start(80)
print('no errors logged')


def attempt(label, func):
    try:
        func()
    except AssertionError as e:
        print('%s: %s' % (label, e))


def nothing_logged():
    with tc.assertLogs('app', level='WARNING'):
        Service().start(8080)


def unexpected_logs():
    with tc.assertNoLogs('app'):
        Service().start(22)


def custom_level():
    with tc.assertLogs(level=35):
        pass


attempt('nothing logged', nothing_logged)
attempt('unexpected', unexpected_logs)
attempt('custom level', custom_level)
logger = logging.getLogger('app.service')
print(logger.handlers, logger.propagate, logger.level)
