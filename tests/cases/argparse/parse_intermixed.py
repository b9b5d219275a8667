# parse_intermixed_args lets positionals and options interleave freely.
import argparse

parser = argparse.ArgumentParser(prog='mix')
parser.add_argument('--foo')
parser.add_argument('-v', action='store_true')
parser.add_argument('cmd')
parser.add_argument('rest', nargs='*', type=int)

argv = ['doit', '1', '--foo', 'bar', '2', '-v', '3']
print(parser.parse_known_args(argv))
print(parser.parse_intermixed_args(argv))
print(parser.parse_known_intermixed_args(['go', '--zap', '4', '5']))
try:
    parser.parse_intermixed_args(['go', '--zap'])
except SystemExit as e:
    print('exit', e.code)
try:
    parser.parse_intermixed_args([])
except SystemExit as e:
    print('exit', e.code)

bad = argparse.ArgumentParser(prog='bad')
bad.add_argument('args', nargs=argparse.REMAINDER)
try:
    bad.parse_intermixed_args([])
except TypeError as e:
    print('TypeError:', e)
