import sys
import traceback


def task(n):
    if n % 2:
        raise ValueError(f'task {n} failed')
    raise TypeError(f'task {n} has the wrong type')


def run_all(count):
    errors = []
    for n in range(count):
        try:
            task(n)
        except Exception as exc:
            errors.append(exc)
    raise ExceptionGroup('several tasks failed', errors)


try:
    run_all(3)
except ExceptionGroup as eg:
    traceback.print_exception(eg, file=sys.stdout)
    print(traceback.format_exception_only(eg))

nested = ExceptionGroup('outer', [ValueError('v'), ExceptionGroup('inner', [KeyError('k'), OSError('o')]), TypeError('t')])
print(''.join(traceback.format_exception(nested)), end='')

wide = ExceptionGroup('wide', [ValueError(i) for i in range(17)])
print(''.join(traceback.format_exception(wide)), end='')

te = traceback.TracebackException.from_exception(wide, max_group_width=2)
print(''.join(te.format()), end='')

deep = ValueError('leaf')
for i in range(4):
    deep = ExceptionGroup(f'level{i}', [deep])
te = traceback.TracebackException.from_exception(deep, max_group_depth=2)
print(''.join(te.format()), end='')

try:
    try:
        raise ExceptionGroup('first', [ValueError(1)])
    except* ValueError:
        raise RuntimeError('while handling')
except RuntimeError:
    traceback.print_exc(file=sys.stdout)
