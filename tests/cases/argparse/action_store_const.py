# store_const, store_true and store_false.
import argparse

parser = argparse.ArgumentParser(prog='build')
parser.add_argument('--release', action='store_const', const='O2', default='O0', dest='opt')
parser.add_argument('--debug', action='store_true')
parser.add_argument('--no-cache', action='store_false', dest='cache')
parser.add_argument('--marker', action='store_const', const=object)
parser.add_argument('--nothing', action='store_const')

print(parser.parse_args([]))
print(parser.parse_args(['--release', '--debug', '--no-cache']))
print(parser.parse_args(['--nothing']).nothing)
print(parser.parse_args(['--marker']).marker is object)
parser.print_help()

try:
    parser.parse_args(['--debug=yes'])
except SystemExit as e:
    print('exit', e.code)
