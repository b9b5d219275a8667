import logging
import logging.config

bad_configs = [
    {},
    {'version': 2},
    {'version': 1, 'formatters': {'f': {'format': '%(message', 'style': '%'}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.NoSuchHandler'}}},
    {'version': 1, 'handlers': {'h': {'class': 'nosuchmodule.Handler'}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'formatter': 'missing'}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'level': 'LOUD'}}},
    {'version': 1, 'loggers': {'x': {'handlers': ['nope']}}},
    {'version': 1, 'loggers': {'x': {'level': 'NOPE'}}},
    {'version': 1, 'root': {'level': 'NOPE'}},
    {'version': 1, 'incremental': True, 'handlers': {'ghost': {'level': 'INFO'}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'filters': ['nofilter']}}},
    {'version': 1, 'root': {'level': 'cfg://nowhere'}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'bad-key': 1}}},
]
for config in bad_configs:
    try:
        logging.config.dictConfig(config)
        print('accepted', config)
    except (ValueError, KeyError, TypeError) as e:
        cause = e.__cause__
        print(type(e).__name__ + ':', e, '| cause:', type(cause).__name__ if cause else None, cause)
print(logging.config.valid_ident('name_1'))
try:
    logging.config.valid_ident('1name')
except ValueError as e:
    print('ValueError:', e)
