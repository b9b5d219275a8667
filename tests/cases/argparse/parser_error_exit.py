# parser.error() and parser.exit() for the program's own checks.
import argparse
import sys

parser = argparse.ArgumentParser(prog='check')
parser.add_argument('low', type=int)
parser.add_argument('high', type=int)
args = parser.parse_args(['5', '3'])
if args.low > args.high:
    try:
        parser.error(f'low ({args.low}) must not exceed high ({args.high})')
    except SystemExit as e:
        print('error() exit status', e.code)

for status, message in ((0, None), (3, 'custom failure\n'), (1, '')):
    try:
        parser.exit(status, message)
    except SystemExit as e:
        print('exit() status', e.code)


class Raising(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError(message)


quiet = Raising(prog='q')
quiet.add_argument('n', type=int)
for argv in (['x'], [], ['1', '2']):
    try:
        quiet.parse_args(argv)
    except ValueError as e:
        print('ValueError:', e)

parser.print_usage(sys.stdout)
parser.print_usage(sys.stderr)
print(repr(parser.format_usage()))
parser.exit(4, 'bye\n')
