import io
import logging
import sys


def without_logging_frames(text):
    """Drop traceback entries that point into the logging package itself."""
    out = []
    skipping = False
    for line in text.splitlines():
        if line.startswith('  File '):
            skipping = 'logging/__init__' in line.split('"')[1]
        elif not line.startswith('    '):
            skipping = False
        if not skipping:
            out.append(line)
    return '\n'.join(out)


handler = logging.StreamHandler(sys.stdout)
log = logging.getLogger('broken')
log.addHandler(handler)
log.propagate = False
real_stderr = sys.stderr


def do_log():
    log.warning('%d items', 'not a number')


sys.stderr = io.StringIO()
do_log()
print(without_logging_frames(sys.stderr.getvalue()))
print('still running')
sys.stderr = io.StringIO()
log.warning('two args %s %s', 'only one')
print(without_logging_frames(sys.stderr.getvalue()))


class Unprintable:
    def __repr__(self):
        raise RuntimeError('no repr')

    def __str__(self):
        raise RuntimeError('no str')


sys.stderr = io.StringIO()
log.warning('%d', Unprintable())
print(without_logging_frames(sys.stderr.getvalue()))
logging.raiseExceptions = False
sys.stderr = io.StringIO()
log.warning('%d', 'silently dropped')
print(repr(sys.stderr.getvalue()))
sys.stderr = real_stderr
print('end')
