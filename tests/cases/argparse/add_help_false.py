# add_help=False: no -h/--help, so -h can mean something else.
import argparse

parser = argparse.ArgumentParser(prog='nohelp', add_help=False)
parser.add_argument('-h', '--host', default='localhost')
parser.add_argument('-p', '--port', type=int, default=80)
print(parser.parse_args(['-h', 'example.org']))
parser.print_help()

bare = argparse.ArgumentParser(prog='bare', add_help=False)
print(repr(bare.format_usage()))
print(repr(bare.format_help()))
try:
    bare.parse_args(['--help'])
except SystemExit as e:
    print('exit', e.code)
