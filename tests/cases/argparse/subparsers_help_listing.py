# How the sub-command list is shown: choices, metavar, help per command, long names.
import argparse

parser = argparse.ArgumentParser(prog='pm', description='Package manager.')
parser.add_argument('-q', action='store_true', help='quiet')
sub = parser.add_subparsers(metavar='<command>', help='one of the commands below')
sub.add_parser('install', help='install packages')
sub.add_parser('uninstall', aliases=['remove', 'rm'], help='remove packages')
sub.add_parser('a-very-long-command-name', help='long names push the help to the next line')
sub.add_parser('hidden')
parser.print_help()
print('---')
p2 = argparse.ArgumentParser(prog='p2')
s2 = p2.add_subparsers(dest='command', help='commands')
for name in ('init', 'build', 'clean'):
    s2.add_parser(name)
p2.print_help()
print(list(s2.choices))
