import logging
import logging.handlers
import queue
import sys

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
log = logging.getLogger('queued')
log.addHandler(qh)
log.propagate = False
log.warning('message %s', 'one')
try:
    raise ValueError('oops')
except ValueError:
    log.exception('with traceback')
print(q.qsize())
first = q.get_nowait()
print(first.msg, first.args, first.message, first.exc_info, first.getMessage())
second = q.get_nowait()
print(second.getMessage().splitlines()[0], second.exc_text, second.args)
print(len(second.getMessage().splitlines()) > 2)
qh.setFormatter(logging.Formatter('%(levelname)s:%(message)s'))
log.error('formatted %d', 7)
print(q.get_nowait().msg)

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('listener: %(message)s'))
listener = logging.handlers.QueueListener(q, out)
listener.start()
log.warning('through the listener')
log.warning('another')
listener.stop()
print('stopped', q.qsize())
