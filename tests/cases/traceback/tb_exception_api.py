import sys
import traceback


def divide(a, b):
    return a / b


def compute():
    values = {'a': 1}
    try:
        divide(1, 0)
    except ZeroDivisionError as exc:
        raise ArithmeticError('compute failed') from exc


try:
    compute()
except ArithmeticError as exc:
    te = traceback.TracebackException.from_exception(exc)
    print(te.exc_type.__name__, str(te), te.__suppress_context__)
    print(type(te.stack).__name__, [f.name for f in te.stack])
    print(te.__cause__.exc_type.__name__, [f.name for f in te.__cause__.stack])
    print(te.__context__ is not None, te.exceptions)
    print(''.join(te.format_exception_only()), end='')
    print(''.join(te.format(chain=False)), end='')
    te.print(file=sys.stdout)
    te2 = traceback.TracebackException(type(exc), exc, exc.__traceback__)
    print(te == te2, te == 'other')
    te3 = traceback.TracebackException.from_exception(exc.__cause__, capture_locals=True)
    for frame in te3.stack:
        print(frame.name, sorted(frame.locals))
    te4 = traceback.TracebackException.from_exception(exc, lookup_lines=False)
    print([f._line for f in te4.stack])
    print(traceback.TracebackException.from_exception(exc, limit=1).stack[0].name)
