# parse_known_args returns the namespace and the strings it did not recognise.
import argparse

parser = argparse.ArgumentParser(prog='wrapper')
parser.add_argument('--verbose', action='store_true')
parser.add_argument('target')

for argv in (['t'], ['--verbose', 't', '--other', 'x'], ['t', 'extra1', '-z', '--', 'y'],
             ['--unknown=3', 't'], ['-abc', 't']):
    print(argv, '=>', parser.parse_known_args(argv))

sub_parser = argparse.ArgumentParser(prog='outer')
subs = sub_parser.add_subparsers(dest='cmd')
run = subs.add_parser('run')
run.add_argument('--fast', action='store_true')
print(sub_parser.parse_known_args(['run', '--fast', '--slow', 'x']))
try:
    sub_parser.parse_args(['run', '--slow'])
except SystemExit as e:
    print('exit', e.code)
