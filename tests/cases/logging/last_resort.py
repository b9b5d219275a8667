import logging

log = logging.getLogger('app.module')
log.debug('debug is dropped')
log.info('info is dropped')
log.warning('a warning with %s', 'args')
log.error('an error: %d%%', 50)
log.critical('critical!')
print(logging.root.handlers, log.handlers, log.hasHandlers())
print(logging.lastResort, logging.lastResort.level)
logging.lastResort = None
log.error('no last resort now')
log.error('and the notice appears only once')
print('done')
