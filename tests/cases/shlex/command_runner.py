"""A tiny command interpreter: parse lines of a script with shlex and dispatch them."""
import shlex

SCRIPT = r'''
set greeting "Hello, world"
set name 'Ada Lovelace'
echo $greeting -- $name
upper "mixed Case words"
count one two "three four" five   # comments are ignored
join , a b "c d"
quote "it's here" plain "$x"
echo unbalanced "quote
'''

variables = {}


def expand(word):
    if word.startswith('$'):
        return variables.get(word[1:], '')
    return word


def run(argv):
    cmd, args = argv[0], [expand(a) for a in argv[1:]]
    if cmd == 'set':
        variables[args[0]] = args[1]
        return None
    if cmd == 'echo':
        return ' '.join(args)
    if cmd == 'upper':
        return ' '.join(a.upper() for a in args)
    if cmd == 'count':
        return f'{len(args)} args: {args}'
    if cmd == 'join':
        return args[0].join(args[1:])
    if cmd == 'quote':
        return shlex.join(argv[1:])
    return f'unknown command {cmd!r}'


for number, line in enumerate(SCRIPT.strip().splitlines(), 1):
    try:
        argv = shlex.split(line, comments=True)
    except ValueError as exc:
        print(f'line {number}: error: {exc}')
        continue
    if not argv:
        continue
    result = run(argv)
    if result is not None:
        print(f'line {number}: {result}')
print(sorted(variables.items()))
