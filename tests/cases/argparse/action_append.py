# append collects repeated options; append_const collects constants.
import argparse

parser = argparse.ArgumentParser(prog='cc')
parser.add_argument('-I', action='append', dest='include', default=[])
parser.add_argument('-D', action='append')
parser.add_argument('--pair', action='append', nargs=2)
parser.add_argument('--str', dest='types', action='append_const', const=str)
parser.add_argument('--int', dest='types', action='append_const', const=int)
parser.add_argument('-W', action='append', choices=['all', 'error'])

args = parser.parse_args(['-I', 'a', '-Ib', '-I', 'c', '-DX=1'])
print(args)
print(parser.parse_args(['--pair', 'a', '1', '--pair', 'b', '2']).pair)
print(parser.parse_args(['--str', '--int', '--str']).types)
print(parser.parse_args(['-W', 'all', '-Werror']).W)

# the default list is copied, never mutated
defaults = ['base']
p2 = argparse.ArgumentParser(prog='p2')
p2.add_argument('--x', action='append', default=defaults)
print(p2.parse_args(['--x', '1', '--x', '2']), defaults)
print(p2.parse_args([]))
parser.print_usage()
