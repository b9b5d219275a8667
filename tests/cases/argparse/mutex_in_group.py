# A mutually exclusive group inside an argument group shows under that group's title.
import argparse

parser = argparse.ArgumentParser(prog='convert')
output = parser.add_argument_group('output', 'How the result is written.')
fmt = output.add_mutually_exclusive_group()
fmt.add_argument('--json', action='store_true', help='write JSON')
fmt.add_argument('--csv', action='store_true', help='write CSV')
fmt.add_argument('--yaml', action='store_true', help=argparse.SUPPRESS)
output.add_argument('--out', metavar='FILE', help='destination file')
parser.add_argument('input')

parser.print_help()
print(parser.parse_args(['--csv', 'in.txt']))
try:
    parser.parse_args(['--csv', '--json', 'in.txt'])
except SystemExit as e:
    print('exit', e.code)
