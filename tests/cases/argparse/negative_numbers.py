# Negative numbers are values unless the parser has options that look like numbers.
import argparse

parser = argparse.ArgumentParser(prog='math')
parser.add_argument('-x', type=float)
parser.add_argument('nums', nargs='*', type=float)
print(parser.parse_args(['-x', '-1', '-2', '-3.5', '-.5']))

numeric = argparse.ArgumentParser(prog='num')
numeric.add_argument('-1', dest='one', action='store_true')
numeric.add_argument('value', nargs='?')
print(numeric.parse_args(['-1']))
for argv in (['-2'], ['-x', '-1']):
    try:
        print(numeric.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)
print(numeric.parse_args(['--', '-5']))
