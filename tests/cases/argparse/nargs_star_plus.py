# nargs='*' takes any number of values, nargs='+' at least one.
import argparse

parser = argparse.ArgumentParser(prog='tool')
parser.add_argument('--tags', nargs='*', default=[])
parser.add_argument('--files', nargs='+')
parser.add_argument('names', nargs='*')

for argv in ([], ['a', 'b'], ['--tags'], ['--tags', 'x', 'y', '--files', 'f1'],
             ['n1', '--files', 'f1', 'f2', '--', 'n2'], ['--tags', 't', '--', 'n'],
             ['--files', 'f', '--', 'a', 'b'], ['--files']):
    try:
        print(argv, '=>', parser.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)

p2 = argparse.ArgumentParser(prog='cat')
p2.add_argument('files', nargs='+')
p2.add_argument('-n', action='store_true')
try:
    p2.parse_args(['a', '-n', 'b'])
except SystemExit as e:
    print('exit', e.code)
print(p2.parse_args(['a', 'b', '-n']))
print(p2.parse_known_args(['a', '-n', 'b']))
p2.print_usage()
