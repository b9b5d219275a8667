import logging
import sys
import time


class FixedTimeFormatter(logging.Formatter):
    """Pretends every record was created at a fixed instant (UTC)."""
    converter = time.gmtime

    def format(self, record):
        record.created = 1700000000.25
        record.msecs = 250.0
        return super().format(record)


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(FixedTimeFormatter('%(asctime)s %(levelname)s %(message)s'))
log = logging.getLogger('timed')
log.addHandler(handler)
log.propagate = False
log.warning('default time format')
handler.setFormatter(FixedTimeFormatter('%(asctime)s | %(message)s', datefmt='%d/%m/%Y %H:%M'))
log.warning('custom datefmt')
handler.setFormatter(FixedTimeFormatter('{asctime} {message}', style='{'))
log.warning('brace style asctime')


class NoMsecs(FixedTimeFormatter):
    default_msec_format = None


handler.setFormatter(NoMsecs('%(asctime)s %(message)s'))
log.warning('without milliseconds')


class DottedMsecs(FixedTimeFormatter):
    default_time_format = '%H:%M:%S'
    default_msec_format = '%s.%03d'


handler.setFormatter(DottedMsecs('%(asctime)s %(message)s'))
log.warning('dotted milliseconds')
r = logging.LogRecord('x', 20, 'p', 1, 'm', None, None)
r.created = 86400 * 365.25 * 30
r.msecs = 7
f = logging.Formatter()
f.converter = time.gmtime
print(f.formatTime(r), f.formatTime(r, '%Y'))
