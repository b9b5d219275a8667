import logging
import sys

for value in (0, 10, 20, 30, 40, 50, 5, 'DEBUG', 'WARN', 'FATAL', 'TRACE', None):
    print(repr(value), '->', repr(logging.getLevelName(value)))
logging.addLevelName(5, 'TRACE')
logging.addLevelName(35, 'NOTICE')
print(logging.getLevelName(5), logging.getLevelName('TRACE'), logging.getLevelName(35))
print(sorted(logging.getLevelNamesMapping().items(), key=lambda kv: (kv[1], kv[0])))
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('%(levelno)s %(levelname)s %(message)s'))
log = logging.getLogger('levels')
log.addHandler(handler)
log.setLevel('TRACE')
log.log(5, 'trace message')
log.log(35, 'notice message')
log.log(42, 'unnamed level')
for bad in ('NOPE', 3.5, None):
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
try:
    log.log('INFO', 'level must be int')
except TypeError as e:
    print('TypeError:', e)
print(log.isEnabledFor(1), log.isEnabledFor(5), log.getEffectiveLevel())
logging.disable(logging.WARNING)
log.warning('disabled by logging.disable')
log.error('error still passes')
print(logging.root.manager.disable)
logging.disable(logging.NOTSET)
log.warning('enabled again')
print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING, logging.WARN, logging.INFO, logging.DEBUG, logging.NOTSET)
handler.setLevel('ERROR')
log.warning('below handler level')
log.error('handler level reached')
print(handler)
