# type= converts each value; errors become usage errors.
import argparse


def positive_int(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f'{value} is not a positive integer')
    return value


def ratio(text):
    num, _, den = text.partition('/')
    return int(num) / int(den)


parser = argparse.ArgumentParser(prog='calc', exit_on_error=False)
parser.add_argument('--count', type=int, default='7')
parser.add_argument('--scale', type=float)
parser.add_argument('--workers', type=positive_int)
parser.add_argument('--ratio', type=ratio)
parser.add_argument('--name', type=str.upper)
parser.add_argument('values', nargs='*', type=int)

print(parser.parse_args([]))
print(parser.parse_args(['--count', '3', '--scale', '2.5', '1', '2', '-3']))
print(parser.parse_args(['--workers', '4', '--ratio', '3/4', '--name', 'bob']))

for argv in (['--count', 'x'], ['--scale', 'abc'], ['--workers', '0'], ['--workers', 'many'],
             ['--ratio', '1/x'], ['1', 'two'], ['--ratio', '5']):
    try:
        parser.parse_args(argv)
    except argparse.ArgumentError as err:
        print(argv, '->', err)
