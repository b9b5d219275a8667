# Single-character flags combine (-xvf); the last may take the rest as its value.
import argparse

parser = argparse.ArgumentParser(prog='tar', exit_on_error=False)
parser.add_argument('-x', action='store_true')
parser.add_argument('-v', action='count', default=0)
parser.add_argument('-f')
parser.add_argument('-z', action='store_true')

for argv in (['-xvf', 'archive.tar'], ['-xvvzfout.tar'], ['-vvv'], ['-fx'], ['-f', 'xy'],
             ['-zx', '-f=a=b']):
    print(argv, '=>', parser.parse_args(argv))
for argv in (['-xq'], ['-xyz'], ['-vf'], ['-v=1']):
    try:
        parser.parse_args(argv)
    except argparse.ArgumentError as e:
        print(argv, '->', e)
