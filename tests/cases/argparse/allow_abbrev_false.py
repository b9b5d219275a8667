# allow_abbrev=False: long options must be spelled out; short flags still combine.
import argparse

parser = argparse.ArgumentParser(prog='strict', allow_abbrev=False)
parser.add_argument('--verbose', action='store_true')
parser.add_argument('-a', action='store_true')
parser.add_argument('-b', action='store_true')
parser.add_argument('-n')

print(parser.parse_args(['--verbose', '-ab', '-n5']))
print(parser.parse_known_args(['--verb', '-ba']))
try:
    parser.parse_args(['--verb'])
except SystemExit as e:
    print('exit', e.code)
