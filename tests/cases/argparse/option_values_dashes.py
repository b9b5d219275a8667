# Option values that start with '-' or contain spaces or '='.
import argparse

parser = argparse.ArgumentParser(prog='vals', exit_on_error=False)
parser.add_argument('--pattern')
parser.add_argument('--nums', nargs='+')
parser.add_argument('-e')
parser.add_argument('rest', nargs='*')

for argv in (['--pattern=-x'], ['-e-x'], ['-e=-x'], ['--pattern', '-5'], ['--nums', '1', '-2', '3'],
             ['--pattern', 'two words'], ['-e', '-not an option'], ['--pattern', '--x=1'],
             ['-', '--pattern', '='], ['--pattern='], ['a=b', 'c']):
    try:
        print(argv, '=>', parser.parse_args(argv))
    except argparse.ArgumentError as e:
        print(argv, '->', e)
for argv in (['--pattern', '-x'], ['--pattern', '--']):
    try:
        print(argv, '=>', parser.parse_known_args(argv))
    except argparse.ArgumentError as e:
        print(argv, '->', e)
