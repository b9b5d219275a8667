"""Rotate log files the way logrotate does: app.log -> app.log.1 -> app.log.2 ..., keeping N."""
import tempfile
from pathlib import Path

KEEP = 3


def rotate(log):
    backups = sorted(log.parent.glob(log.name + '.*'), key=lambda p: int(p.suffix[1:]), reverse=True)
    for old in backups:
        n = int(old.suffix[1:])
        if n >= KEEP:
            old.unlink()
            print('  dropped', old.name)
        else:
            old.rename(old.with_suffix('.%d' % (n + 1)))
    if log.exists():
        log.rename(log.with_name(log.name + '.1'))
    log.touch()


def status(directory):
    return ', '.join('%s=%r' % (p.name, p.read_text()) for p in sorted(directory.iterdir()))


with tempfile.TemporaryDirectory() as tmp:
    logdir = Path(tmp) / 'logs'
    logdir.mkdir()
    log = logdir / 'app.log'
    for day in range(1, 6):
        with log.open('a') as f:
            f.write('day%d' % day)
        print('before rotation', day, ':', status(logdir))
        rotate(log)
    print('final:', status(logdir))
    print(sorted(p.suffix for p in logdir.glob('app.log.*')))
