import logging
import logging.handlers
import sys

target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter('target got %(levelname)s %(message)s'))
mem = logging.handlers.MemoryHandler(capacity=3, flushLevel=logging.ERROR, target=target)
log = logging.getLogger('buffered')
log.setLevel(logging.DEBUG)
log.addHandler(mem)
log.propagate = False
log.debug('one')
log.info('two')
print('buffered so far:', [r.getMessage() for r in mem.buffer])
log.info('three fills capacity')
print('after capacity flush:', len(mem.buffer))
log.info('four')
log.error('five triggers flush level')
log.info('six stays until close')
print(repr(mem), mem.capacity, mem.flushLevel)
mem.close()
print('after close:', mem.target, len(mem.buffer))

no_target = logging.handlers.MemoryHandler(2)
no_target.handle(logging.makeLogRecord({'msg': 'kept', 'levelno': 10}))
no_target.handle(logging.makeLogRecord({'msg': 'kept too', 'levelno': 10}))
print('no target keeps:', len(no_target.buffer))
no_target.setTarget(target)
no_target.flush()
quiet = logging.handlers.MemoryHandler(10, target=target, flushOnClose=False)
quiet.handle(logging.makeLogRecord({'msg': 'dropped on close', 'levelno': 20}))
quiet.close()

buf = logging.handlers.BufferingHandler(2)
buf.handle(logging.makeLogRecord({'msg': 'a'}))
print(len(buf.buffer), buf.shouldFlush(None))
buf.handle(logging.makeLogRecord({'msg': 'b'}))
print(len(buf.buffer))


class Header(logging.BufferingFormatter):
    def formatHeader(self, records):
        return f'--- {len(records)} records ---\n'

    def formatFooter(self, records):
        return '--- end ---\n'


lines = logging.Formatter('%(levelname)s: %(message)s\n')
records = [logging.makeLogRecord({'msg': m, 'levelname': 'INFO'}) for m in ('x', 'y')]
print(Header(lines).format(records), end='')
print(repr(logging.BufferingFormatter().format([])))
print(logging.BufferingFormatter().format(records))
