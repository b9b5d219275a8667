"""patch.dict on plain dicts and os.environ, as decorator, context manager and start/stop."""
import os
from unittest import mock

config = {'debug': False, 'level': 1}

with mock.patch.dict(config, {'debug': True, 'extra': 'x'}):
    print(sorted(config.items()))
print(sorted(config.items()))

with mock.patch.dict(config, clear=True):
    print(config)
print(sorted(config.items()))

with mock.patch.dict(config, level=5) as patched:
    print(patched is config, config['level'])


@mock.patch.dict(config, {'debug': 'decorated'})
def show():
    return config['debug']


print(show(), config['debug'])

p = mock.patch.dict(config, {'level': 99})
p.start()
print(config['level'])
p.stop()
print(config['level'])

with mock.patch.dict(os.environ, {'MY_APP_MODE': 'testing'}):
    print(os.environ['MY_APP_MODE'])
print('MY_APP_MODE' in os.environ)

with mock.patch.dict('os.environ', {'MY_APP_MODE': 'by name'}):
    print(os.environ.get('MY_APP_MODE'))


def update_inside():
    with mock.patch.dict(config):
        config['temporary'] = 1
        del config['debug']
        print(sorted(config))


update_inside()
print(sorted(config))
try:
    with mock.patch.dict(config, {'boom': 1}):
        raise ValueError('inside')
except ValueError:
    print('restored after error:', 'boom' not in config)
