import logging
import logging.config
import sys

early = logging.getLogger('legacy.module')
early_child = logging.getLogger('kept.child')
print(early.disabled)
config = {
    'version': 1,
    'formatters': {'plain': {'format': '%(name)s %(levelname)s %(message)s'}},
    'handlers': {'out': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'plain'}},
    'loggers': {'kept': {'handlers': ['out'], 'level': 'DEBUG', 'propagate': False}},
    'root': {'level': 'INFO'},
}
logging.config.dictConfig(config)
print(early.disabled, early_child.disabled, logging.getLogger('kept').disabled)
early.error('disabled: not shown')
early_child.debug('child of a configured logger still works')
logging.getLogger('kept').info('configured logger')
print(logging.getLevelName(logging.root.level), early_child.level, early_child.propagate)

config['disable_existing_loggers'] = False
logging.config.dictConfig(config)
print(early.disabled)

logging.config.dictConfig({'version': 1, 'incremental': True,
                           'handlers': {'out': {'level': 'ERROR'}},
                           'loggers': {'kept': {'level': 'WARNING'}}})
kept = logging.getLogger('kept')
print(logging.getLevelName(kept.level), [logging.getLevelName(h.level) for h in kept.handlers])
kept.warning('handler level filters this')
kept.error('this passes')

logging.config.dictConfig({
    'version': 1,
    'formatters': {'f': {'format': 'cfg: %(message)s'}},
    'handlers': {
        'h': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'f'},
        'mem': {'class': 'logging.handlers.MemoryHandler', 'capacity': 10, 'target': 'h'},
        'custom': {'()': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', '.': {'terminator': ' <<\n'}},
    },
    'loggers': {'a': {'handlers': ['mem', 'custom'], 'level': 'INFO', 'propagate': False}},
    'settings': {'levels': ['DEBUG', 'INFO']},
    'root': {'level': 'cfg://settings.levels[1]'},
})
a = logging.getLogger('a')
a.info('buffered in memory')
a.info('second buffered')
print([type(h).__name__ for h in a.handlers], logging.root.level)
a.handlers[0].flush()
print(logging._handlers['mem'].target is logging._handlers['h'])
