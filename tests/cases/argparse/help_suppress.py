# SUPPRESS hides arguments, groups headings and the usage itself.
import argparse

parser = argparse.ArgumentParser(prog='hidden', usage=argparse.SUPPRESS,
                                 description='Nothing about usage above.')
parser.add_argument('--visible', help='you can see me')
parser.add_argument('--invisible', help=argparse.SUPPRESS)
parser.add_argument('secret', nargs='?', help=argparse.SUPPRESS)
group = parser.add_argument_group('all hidden')
group.add_argument('--a', help=argparse.SUPPRESS)
parser.print_help()
print(repr(parser.format_usage()))
print(parser.parse_args(['--invisible', 'x', 'y']))
try:
    parser.parse_args(['--nope'])
except SystemExit as e:
    print('exit', e.code)

plain = argparse.ArgumentParser(prog='plain')
plain.add_argument('--hide', help=argparse.SUPPRESS)
g = plain.add_mutually_exclusive_group(required=True)
g.add_argument('--one', action='store_true')
g.add_argument('--two', action='store_true', help=argparse.SUPPRESS)
plain.print_help()
try:
    plain.parse_args([])
except SystemExit as e:
    print('exit', e.code)
