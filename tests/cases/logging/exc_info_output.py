import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('%(levelname)s %(name)s: %(message)s'))
log = logging.getLogger('worker')
log.addHandler(handler)
log.propagate = False


def parse(value):
    return int(value)


def process(values):
    total = 0
    for v in values:
        try:
            total += parse(v)
        except ValueError:
            log.exception('could not parse %r', v)
    return total


print(process(['1', 'x', '3']))
try:
    {}['missing']
except KeyError as exc:
    log.error('with exc_info=True', exc_info=True)
    log.warning('with exception instance', exc_info=exc)
    log.info('with a tuple', exc_info=sys.exc_info())
    saved = exc
log.error('exc_info outside handler', exc_info=True)
log.error('explicit instance later', exc_info=saved)
log.critical('no exc info', exc_info=False)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError('wrapped') from e
except RuntimeError:
    log.exception('chained')


class BriefFormatter(logging.Formatter):
    def formatException(self, ei):
        return f'!! {ei[0].__name__}: {ei[1]}'


handler.setFormatter(BriefFormatter('%(message)s'))
try:
    raise ValueError('short form')
except ValueError:
    log.exception('custom formatException')
r = logging.LogRecord('n', 40, 'p', 1, 'msg with text', None, None)
r.exc_text = 'precomputed exception text'
print(logging.Formatter().format(r))
