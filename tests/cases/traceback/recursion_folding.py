import sys
import traceback


def countdown(n):
    if n == 0:
        raise RecursionError('bottom reached')
    countdown(n - 1)


def ping(n):
    if n == 0:
        raise ValueError('ping-pong over')
    pong(n - 1)


def pong(n):
    ping(n)


for depth in (2, 3, 4, 10):
    try:
        countdown(depth)
    except RecursionError:
        print(f'depth {depth}: {len(traceback.format_exc().splitlines())} lines')
        if depth in (4, 10):
            traceback.print_exc(file=sys.stdout)
try:
    ping(5)
except ValueError:
    traceback.print_exc(file=sys.stdout)

summary = traceback.StackSummary.from_list([('f.py', 1, 'f', 'x()')] * 5 + [('f.py', 2, 'g', 'y()')] * 4)
print(''.join(summary.format()), end='')
summary = traceback.StackSummary.from_list([('f.py', 1, 'f', 'x()')] * 4)
print(''.join(summary.format()), end='')
