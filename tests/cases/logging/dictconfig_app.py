"""An application configured with logging.config.dictConfig: console + file + filters."""
import logging
import logging.config
import os
import sys
import tempfile


class OnlyErrors(logging.Filter):
    def filter(self, record):
        return record.levelno >= logging.ERROR


class TaggedFormatter(logging.Formatter):
    def __init__(self, fmt=None, datefmt=None, style='%', tag='APP'):
        super().__init__(fmt, datefmt, style)
        self.tag = tag

    def format(self, record):
        return f'[{self.tag}] ' + super().format(record)


def make_config(folder):
    return {
        'version': 1,
        'disable_existing_loggers': False,
        'formatters': {
            'brief': {'format': '%(levelname)-7s %(name)s: %(message)s'},
            'braces': {'format': '{levelname} | {message}', 'style': '{'},
            'tagged': {'()': TaggedFormatter, 'fmt': '%(message)s', 'tag': 'AUDIT'},
        },
        'filters': {
            'errors_only': {'()': OnlyErrors},
            'db_only': {'name': 'shop.db'},
        },
        'handlers': {
            'console': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
                        'formatter': 'brief', 'level': 'DEBUG'},
            'errors': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
                       'formatter': 'braces', 'filters': ['errors_only']},
            'audit_file': {'class': 'logging.FileHandler', 'filename': os.path.join(folder, 'audit.log'),
                           'mode': 'w', 'formatter': 'tagged', 'encoding': 'utf-8'},
            'db_console': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
                           'formatter': 'braces', 'filters': ['db_only'], 'level': 'WARNING'},
        },
        'loggers': {
            'shop': {'level': 'INFO', 'handlers': ['console'], 'propagate': False},
            'shop.audit': {'handlers': ['audit_file'], 'level': 'INFO'},
            'shop.db': {'handlers': ['db_console', 'errors']},
        },
        'root': {'level': 'WARNING', 'handlers': ['errors']},
    }


with tempfile.TemporaryDirectory() as folder:
    logging.config.dictConfig(make_config(folder))
    shop = logging.getLogger('shop')
    audit = logging.getLogger('shop.audit')
    db = logging.getLogger('shop.db')
    shop.debug('debug is below INFO')
    shop.info('shop started with %d products', 12)
    audit.info('user %s bought %s', 'ada', 'a lamp')
    db.warning('slow query took %.1fs', 2.5)
    db.error('connection lost')
    logging.getLogger('other').error('root handles this')
    logging.getLogger('other').warning('root level WARNING but errors filter drops it')
    print(sorted(logging._handlers))
    print(shop.level, audit.level, db.level, audit.propagate, shop.propagate)
    print([type(h).__name__ for h in db.handlers], [h.name for h in logging.root.handlers])
    logging.shutdown()
    with open(os.path.join(folder, 'audit.log'), encoding='utf-8') as f:
        print(f.read(), end='')
    logging.config.dictConfig({'version': 1, 'root': {'handlers': []}})
