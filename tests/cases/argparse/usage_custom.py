# A hand-written usage string replaces the generated one everywhere.
import argparse

parser = argparse.ArgumentParser(prog='mv', usage='%(prog)s [-f] SOURCE... DEST')
parser.add_argument('-f', action='store_true', help='do not prompt')
parser.add_argument('paths', nargs='+')
parser.print_help()
try:
    parser.parse_args([])
except SystemExit as e:
    print('exit', e.code)
sub = parser.add_subparsers(dest='cmd')
child = sub.add_parser('child')
print(child.prog)
