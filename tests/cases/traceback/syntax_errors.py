import sys
import traceback

sources = {
    'missing_colon.py': 'if x > 1\n    pass\n',
    'bad_indent.py': 'def f():\nreturn 1\n',
    'unclosed.py': 'items = [1, 2,\n',
    'assign.py': 'f() = 3\n',
    'tabs.py': 'if True:\n\tx = 1\n        y = 2\n',
    'keyword.py': 'class = 5\n',
}
for name, source in sources.items():
    try:
        compile(source, name, 'exec')
    except SyntaxError as exc:
        print(f'== {name}: lineno={exc.lineno} offset={exc.offset} text={exc.text!r}')
        traceback.print_exception(exc, file=sys.stdout)
    else:
        print(f'== {name}: compiled')
