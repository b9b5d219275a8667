import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format='%(levelname)-8s %(name)s | %(message)s')
logging.debug('debug %s', 1)
logging.info('info')
logging.warning('warning')
logging.error('error')
logging.critical('critical')
logging.log(25, 'custom level %d', 25)
log = logging.getLogger('svc.db')
log.info('connected to %(host)s:%(port)d', {'host': 'localhost', 'port': 5432})
log.info('a dict alone %s', {})
log.info('tuple arg %s', (1, 2))
log.info(['not', 'a', 'string'])
print(logging.root.level, logging.getLevelName(logging.root.level))
logging.basicConfig(level=logging.ERROR, format='ignored %(message)s')
logging.info('still configured the first way')
logging.basicConfig(stream=sys.stdout, format='{levelname}:{message}', style='{', force=True)
logging.warning('after force, level kept at %s', logging.getLevelName(logging.root.level))
logging.basicConfig(stream=sys.stdout, format='$levelname/${name}: $message', style='$', force=True, level='INFO')
logging.info('dollar style')
for kwargs in ({'stream': sys.stdout, 'filename': 'x.log'},
               {'handlers': [logging.StreamHandler()], 'stream': sys.stdout},
               {'style': '#'},
               {'bogus': 1, 'other': 2}):
    try:
        logging.basicConfig(force=True, **kwargs)
    except ValueError as e:
        print('ValueError:', e)
logging.basicConfig(stream=sys.stdout, format='%(asctime)s %(levelname)s %(message)s', datefmt='[no time fields %%]', force=True)
logging.warning('datefmt without time fields is deterministic')
logging.basicConfig(stream=sys.stdout, format='{asctime} {message}', datefmt='<date>', style='{', force=True)
logging.warning('brace style with datefmt')
