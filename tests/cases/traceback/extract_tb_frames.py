import sys
import traceback


def inner():
    raise RuntimeError('deep failure')


def middle():
    inner()


def outer():
    middle()


try:
    outer()
except RuntimeError as exc:
    tb = exc.__traceback__
    frames = traceback.extract_tb(tb)
    print(type(frames).__name__, len(frames))
    for fs in frames:
        print(fs.filename, fs.lineno, fs.name, repr(fs.line), len(fs))
        filename, lineno, name, line = fs
        print('  unpacked:', lineno, name, line)
        print('  ', fs[2], fs == (filename, lineno, name, line), repr(fs))
    print(traceback.format_list(frames[1:]))
    print(''.join(traceback.format_tb(tb)), end='')
    traceback.print_tb(tb, limit=2, file=sys.stdout)
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])

summary = traceback.StackSummary.from_list([
    ('app.py', 10, 'main', 'run()'),
    ('lib.py', 20, 'run', 'step()'),
    traceback.FrameSummary('lib.py', 30, 'step', line='return 1 / 0'),
])
print(''.join(summary.format()), end='')
traceback.print_list(summary, file=sys.stdout)
fs = traceback.FrameSummary('missing_file.py', 3, 'fn')
print(repr(fs.line), fs.locals)
fs = traceback.FrameSummary('x.py', 1, 'f', locals={'a': 1, 'b': [2]}, line='pass')
print(fs.locals, fs.line)
print(traceback.FrameSummary('x.py', 1, 'f', line='a') == traceback.FrameSummary('x.py', 1, 'f', line='b'))
