import sys
import warnings

print(warnings.formatwarning('message text', UserWarning, 'file.py', 10), end='')
print(warnings.formatwarning('message text', DeprecationWarning, 'file.py', 10, line='  x = old()  '), end='')
print(repr(warnings.formatwarning('m', RuntimeWarning, 'no_such_file.py', 1)))
warnings.showwarning('shown', UserWarning, 'place.py', 3, file=sys.stdout)
warnings.showwarning('shown with line', UserWarning, 'place.py', 4, file=sys.stdout, line='code here')


def my_format(message, category, filename, lineno, line=None):
    return f'[{category.__name__}] {message} ({filename.rsplit("/", 1)[-1]}:{lineno})\n'


warnings.formatwarning = my_format
warnings.warn('custom formatted')
warnings.showwarning('via showwarning', UserWarning, 'x.py', 5, file=sys.stdout)
warnings.formatwarning = warnings._formatwarning_orig if hasattr(warnings, '_formatwarning_orig') else warnings.formatwarning


def my_show(message, category, filename, lineno, file=None, line=None):
    print('SHOW:', category.__name__, message, lineno, file, line)


original = warnings.showwarning
warnings.showwarning = my_show
warnings.warn('custom shown')
warnings.warn_explicit('explicit', SyntaxWarning, 'gen.py', 42)
warnings.showwarning = 'not callable'
try:
    warnings.warn('broken hook')
except TypeError as e:
    print('TypeError:', e)
warnings.showwarning = original
msg = warnings.WarningMessage('text', UserWarning, 'f.py', 7)
print(msg)
print(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line, msg.source)
