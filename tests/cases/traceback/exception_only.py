import traceback


class Outer:
    class InnerError(Exception):
        pass


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError('no str for you')


class EmptyStr(Exception):
    def __str__(self):
        return ''


samples = [ValueError('bad value'), KeyError('key'), Outer.InnerError('nested'), BadStr(),
           EmptyStr('hidden'), Exception(), OSError(2, 'No such file'), None,
           StopIteration(), ZeroDivisionError('division by zero'), SystemExit(3),
           UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')]
for exc in samples:
    print(traceback.format_exception_only(exc))
print(traceback.format_exception_only(ValueError, ValueError('old style')))

for source in ['x = (1 +', 'def f(:\n    pass', 'a = 1\n  b = 2', 'print("unclosed)', 'x = 1 +* 2', '\tif True\n']:
    try:
        compile(source, 'snippet.py', 'exec')
    except SyntaxError as exc:
        print(''.join(traceback.format_exception_only(exc)), end='')
        print('--')
err = SyntaxError('custom message')
print(traceback.format_exception_only(err))
err = SyntaxError('with file', ('some.py', 3, 5, 'abc = def\n', 3, 8))
print(''.join(traceback.format_exception_only(err)), end='')
err = SyntaxError('no line', ('other.py', None, None, None))
print(traceback.format_exception_only(err))
