# count: how many times an option was given.
import argparse

parser = argparse.ArgumentParser(prog='chatty')
parser.add_argument('-v', '--verbose', action='count', help='more output')
parser.add_argument('-q', action='count', default=0)

for argv in ([], ['-v'], ['-vvv'], ['-v', '--verbose', '-vv'], ['-qq', '-v'], ['--verb', '--verbose']):
    print(argv, '=>', parser.parse_args(argv))
parser.print_help()
try:
    parser.parse_args(['-v3'])
except SystemExit as e:
    print('exit', e.code)
