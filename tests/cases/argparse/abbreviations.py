# Long options may be abbreviated to any unique prefix.
import argparse

parser = argparse.ArgumentParser(prog='abbr')
parser.add_argument('--verbose', action='store_true')
parser.add_argument('--version-file')
parser.add_argument('--output')
parser.add_argument('--out-dir')

for argv in (['--verb'], ['--outp', 'x'], ['--output', 'y'], ['--version-f=v.txt'],
             ['--out-d', 'd']):
    print(argv, '=>', parser.parse_args(argv))
for argv in (['--ver'], ['--out', 'x'], ['--o=1']):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print(argv, 'exit', e.code)
