import logging
import logging.handlers
import os
import tempfile
import time

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, 'timed.log')
    for when in ('S', 'M', 'H', 'D', 'midnight', 'W0', 'w6'):
        h = logging.handlers.TimedRotatingFileHandler(path, when=when, interval=2, backupCount=2)
        print(when, h.when, h.interval, h.suffix, h.rolloverAt > time.time() - 1)
        h.close()
    for bad in ('X', 'W', 'W7', 'W10'):
        try:
            logging.handlers.TimedRotatingFileHandler(path, when=bad)
        except ValueError as e:
            print('ValueError:', e)
    h = logging.handlers.TimedRotatingFileHandler(path, when='S', backupCount=2, encoding='utf-8')
    h.setFormatter(logging.Formatter('%(message)s'))
    log = logging.getLogger('timed')
    log.addHandler(h)
    log.propagate = False
    log.warning('first period')
    print(h.shouldRollover(None))
    h.rolloverAt = 0
    print(h.shouldRollover(None))
    log.warning('second period')
    rotated = sorted(n for n in os.listdir(folder) if n != 'timed.log')
    print(len(rotated), all(n.startswith('timed.log.') for n in rotated))
    for name in ('timed.log.2020-01-01_00-00-00', 'timed.log.2020-01-01_00-00-01', 'timed.log.2020-01-01_00-00-02',
                 'timed.log.notadate', 'other.log.2020-01-01_00-00-00'):
        open(os.path.join(folder, name), 'w').close()
    print(sorted(os.path.basename(p) for p in h.getFilesToDelete()))
    h.close()
    with open(path) as f:
        print(f.read(), end='')
    log.removeHandler(h)
