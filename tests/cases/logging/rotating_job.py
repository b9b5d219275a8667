"""A batch job that logs to a size-rotated file in a temporary folder, then shows the files."""
import logging
import logging.handlers
import os
import tempfile


def run_job(log, count):
    for i in range(count):
        log.info('processing item %03d of %d', i, count)
        if i % 7 == 6:
            log.warning('item %03d needed a retry', i)
    log.info('job finished')


with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, 'job.log')
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=300, backupCount=3, encoding='utf-8')
    handler.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
    print(repr(handler).replace(folder, 'DIR'), handler.maxBytes, handler.backupCount, handler.mode)
    log = logging.getLogger('job')
    log.setLevel(logging.INFO)
    log.addHandler(handler)
    log.propagate = False
    run_job(log, 20)
    handler.close()
    for name in sorted(os.listdir(folder)):
        full = os.path.join(folder, name)
        print(f'== {name} ({os.path.getsize(full)} bytes)')
        with open(full, encoding='utf-8') as f:
            print(f.read(), end='')
    log.removeHandler(handler)

    plain = os.path.join(folder, 'plain.log')
    h2 = logging.handlers.RotatingFileHandler(plain, mode='w', maxBytes=0, backupCount=2)
    log.addHandler(h2)
    for i in range(5):
        log.info('never rotates %d', i)
    h2.doRollover()
    log.info('after a manual rollover')
    h2.close()
    log.removeHandler(h2)
    print(sorted(n for n in os.listdir(folder) if n.startswith('plain')))

    named = os.path.join(folder, 'named.log')
    h3 = logging.handlers.RotatingFileHandler(named, maxBytes=40, backupCount=2)
    h3.namer = lambda default: default.replace('named.log.', 'named-') + '.bak'
    moves = []

    def rotator(source, dest):
        moves.append((os.path.basename(source), os.path.basename(dest)))
        os.rename(source, dest)

    h3.rotator = rotator
    log.addHandler(h3)
    for i in range(6):
        log.info('line number %d here', i)
    h3.close()
    log.removeHandler(h3)
    print(moves)
    print(sorted(n for n in os.listdir(folder) if n.startswith('named')))
