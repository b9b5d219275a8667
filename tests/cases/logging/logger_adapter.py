import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('%(levelname)s [%(request_id)s] %(message)s'))
base = logging.getLogger('web')
base.addHandler(handler)
base.setLevel(logging.INFO)
base.propagate = False

adapter = logging.LoggerAdapter(base, {'request_id': 'req-42'})
adapter.info('handling request')
adapter.debug('hidden')
adapter.warning('slow response: %dms', 1500)
adapter.log(logging.ERROR, 'logged via log()')
try:
    raise ConnectionError('peer reset')
except ConnectionError:
    adapter.exception('request failed')
print(adapter.isEnabledFor(logging.DEBUG), adapter.getEffectiveLevel(), adapter.hasHandlers())
print(adapter.name, adapter.manager is base.manager, repr(adapter))
adapter.setLevel(logging.DEBUG)
adapter.debug('now visible')


class PrefixAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs.setdefault('extra', {})['request_id'] = self.extra['user']
        return f'<{self.extra["user"]}> {msg}', kwargs


user_log = PrefixAdapter(base, {'user': 'alice'})
user_log.info('logged in')
user_log.critical('account locked after %d attempts', 3)
nested = logging.LoggerAdapter(user_log, {'request_id': 'outer'})
nested.info('adapter of an adapter')
