# choices= restricts values; the check happens after type conversion.
import argparse

parser = argparse.ArgumentParser(prog='game')
parser.add_argument('move', choices=['rock', 'paper', 'scissors'])
parser.add_argument('--level', type=int, choices=range(1, 4), default=1)
parser.add_argument('--color', choices=('red', 'green'), help='one of %(choices)s')

print(parser.parse_args(['rock']))
print(parser.parse_args(['paper', '--level', '3', '--color', 'green']))
parser.print_help()

for argv in (['fire'], ['rock', '--level', '5'], ['rock', '--color', 'blue'], ['rock', '--level', 'x']):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print(argv, 'exit', e.code)
