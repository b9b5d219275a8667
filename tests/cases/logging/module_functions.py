import logging
import sys

logging.info('ignored: root level is WARNING')
print(logging.root.handlers)
logging.warning('implicit basicConfig to stderr')
print(logging.root.handlers)
logging.root.handlers[0].setStream(sys.stdout)
logging.error('error %s', 'formatted')
logging.critical('critical')
logging.fatal('fatal is critical')
logging.log(logging.WARNING, 'via log()')
try:
    1 / 0
except ZeroDivisionError:
    logging.exception('module-level exception()')
logging.exception('exception() outside a handler')
logging.warn('deprecated warn()')
logging.getLogger().warn('deprecated Logger.warn()')
logging.root.setLevel(logging.DEBUG)
logging.debug('debug after setLevel')
print(logging.getLogger().getEffectiveLevel())
