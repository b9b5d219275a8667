# Aliases for sub-commands, with help listing and a title/description group.
import argparse

parser = argparse.ArgumentParser(prog='vcs')
sub = parser.add_subparsers(title='commands', description='Available sub-commands.',
                            help='what to do', dest='command')
co = sub.add_parser('checkout', aliases=['co', 'switch'], help='switch branches')
co.add_argument('branch')
sub.add_parser('status', aliases=['st'], help='show the working tree status')
sub.add_parser('log')

print(parser.parse_args(['co', 'main']))
print(parser.parse_args(['switch', 'dev']))
print(parser.parse_args(['st']))
parser.print_help()
co.print_usage()
try:
    sub.add_parser('st')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
try:
    sub.add_parser('new', aliases=['log'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
try:
    parser.parse_args(['stat'])
except SystemExit as e:
    print('exit', e.code)
