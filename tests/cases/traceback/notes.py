import sys
import traceback


def check(value):
    if value < 0:
        err = ValueError('negative value')
        err.add_note(f'value was {value}')
        err.add_note('hint: use abs()\nor validate input first')
        raise err
    return value


try:
    check(-5)
except ValueError:
    traceback.print_exc(file=sys.stdout)

e = KeyError('k')
e.__notes__ = 'not a list'
print(traceback.format_exception_only(e))
e = KeyError('k')
e.__notes__ = [1, 'two']
print(traceback.format_exception_only(e))
eg = ExceptionGroup('group', [ValueError('x')])
eg.add_note('group note')
eg.exceptions[0].add_note('member note')
print(''.join(traceback.format_exception(eg)), end='')
