# BooleanOptionalAction provides --flag and --no-flag.
import argparse

parser = argparse.ArgumentParser(prog='sync')
parser.add_argument('--color', action=argparse.BooleanOptionalAction, default=True,
                    help='colour the output')
parser.add_argument('--dry-run', action=argparse.BooleanOptionalAction)
parser.add_argument('-f', '--force', action=argparse.BooleanOptionalAction, default=False)

for argv in ([], ['--no-color'], ['--color', '--dry-run'], ['--no-dry-run', '-f'],
             ['--no-force', '--force'], ['--no-c']):
    print(argv, '=>', parser.parse_args(argv))
parser.print_help()
print(parser._actions[1].option_strings)
try:
    parser.parse_args(['--color=no'])
except SystemExit as e:
    print('exit', e.code)
