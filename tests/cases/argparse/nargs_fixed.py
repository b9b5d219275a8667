# nargs=N collects exactly N values into a list.
import argparse

parser = argparse.ArgumentParser(prog='geom')
parser.add_argument('--point', nargs=2, type=float, metavar=('X', 'Y'))
parser.add_argument('--size', nargs=1, type=int)
parser.add_argument('rgb', nargs=3, type=int)

print(parser.parse_args(['1', '2', '3']))
print(parser.parse_args(['--point', '1.5', '-2', '10', '20', '30', '--size', '7']))
parser.print_help()

for argv in (['--point', '1', '1', '2', '3'], ['1', '2'], ['1', '2', '3', '--size']):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print(argv, 'exit', e.code)
