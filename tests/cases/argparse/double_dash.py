# '--' ends option processing: everything after it is positional.
import argparse

parser = argparse.ArgumentParser(prog='grep')
parser.add_argument('-i', action='store_true')
parser.add_argument('pattern')
parser.add_argument('files', nargs='*')

for argv in (['--', '-i'], ['-i', '--', '-v', 'a.txt'], ['p', '--', '-f', '--', 'x'],
             ['--', 'p', 'f1', 'f2']):
    print(argv, '=>', parser.parse_args(argv))
