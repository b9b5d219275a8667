# The usual command-line mistakes and their messages (on stderr, exit status 2).
import argparse

parser = argparse.ArgumentParser(prog='cli')
parser.add_argument('source')
parser.add_argument('--count', type=int)
parser.add_argument('--color', choices=['red', 'blue'])
parser.add_argument('--coord', nargs=2, type=float)
parser.add_argument('--tags', nargs='+')
parser.add_argument('--opt', nargs='?')
parser.add_argument('--config')
parser.add_argument('--confirm', action='store_true')
group = parser.add_mutually_exclusive_group()
group.add_argument('--fast', action='store_true')
group.add_argument('--slow', action='store_true')

cases = [
    [],                                  # missing positional
    ['src', '--count', 'ten'],           # invalid int value
    ['src', '--color', 'green'],         # invalid choice
    ['src', '--coord', '1'],             # expected 2 arguments
    ['src', '--tags'],                   # expected at least one argument
    ['src', '--count'],                  # expected one argument
    ['src', 'extra', 'more'],            # unrecognized arguments
    ['src', '--bogus'],                  # unrecognized option
    ['src', '--conf', 'x'],              # ambiguous option
    ['src', '--fast', '--slow'],         # not allowed with argument
    ['src', '--confirm=yes'],            # ignored explicit argument
    ['src', '--coord', 'a', 'b'],        # invalid float value
]
for argv in cases:
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print(argv, '-> exit', e.code)
