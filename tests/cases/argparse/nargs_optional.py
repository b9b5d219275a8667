# nargs='?': one value if present, else const (option given alone) or default.
import argparse

parser = argparse.ArgumentParser(prog='fmt')
parser.add_argument('--indent', nargs='?', const=4, default=0, type=int)
parser.add_argument('--output', nargs='?', const='out.txt')
parser.add_argument('infile', nargs='?', default='input.txt')
parser.add_argument('outfile', nargs='?')

for argv in ([], ['--indent'], ['--indent', '2'], ['--indent=8', 'a.txt'],
             ['a', 'b'], ['--output'], ['--output', 'x', 'y'], ['y', '--output']):
    print(argv, '=>', parser.parse_args(argv))

parser.print_usage()
