import sys
import traceback

try:
    {}['missing']
except KeyError as exc:
    etype, value, tb = sys.exc_info()
    print(etype is KeyError, value is exc, tb is exc.__traceback__)
    traceback.print_exception(etype, value, tb, file=sys.stdout)
    traceback.print_exception(exc, file=sys.stdout)
    print(traceback.format_exception(etype, value, tb) == traceback.format_exception(exc))
    print(traceback.format_exception(etype, value, None))
    try:
        traceback.format_exception(exc, value)
    except ValueError as e:
        print('ValueError:', e)
    try:
        traceback.print_exception('not an exception')
    except TypeError as e:
        print('TypeError:', e)
print(traceback.format_exception(None))
print(traceback.format_exception(None, None, None))
print(traceback.format_exception_only(None))
traceback.print_exception(None, file=sys.stdout)
e = ValueError('never raised')
print(traceback.format_exception(e))
