# Error messages name arguments by option strings, else metavar, else dest.
import argparse

parser = argparse.ArgumentParser(prog='names')
parser.add_argument('input', metavar='INPUT_FILE')
parser.add_argument('count', type=int)
parser.add_argument('-o', '--out', '--output', required=True, dest='target')
parser.add_argument('--pair', nargs=2, metavar=('A', 'B'), required=True)
for argv in ([], ['in.txt'], ['in.txt', 'x'], ['in', '1', '-o', 'o']):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print(argv, 'exit', e.code)
