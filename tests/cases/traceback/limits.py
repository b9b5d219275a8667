import sys
import traceback


def a():
    b()


def b():
    c()


def c():
    raise LookupError('not here')


try:
    a()
except LookupError as exc:
    for limit in (None, 0, 1, 2, -1, -2, 10):
        print(f'--- limit={limit}')
        print(''.join(traceback.format_exception(exc, limit=limit)), end='')
    print('--- format_tb limit=-1')
    print(''.join(traceback.format_tb(exc.__traceback__, limit=-1)), end='')
    print('--- extract_tb limit=2', [f.name for f in traceback.extract_tb(exc.__traceback__, limit=2)])
    sys.tracebacklimit = 1
    print('--- sys.tracebacklimit=1')
    print(''.join(traceback.format_exception(exc)), end='')
    sys.tracebacklimit = -5
    print('--- sys.tracebacklimit=-5')
    print(''.join(traceback.format_exception(exc)), end='')
    del sys.tracebacklimit
