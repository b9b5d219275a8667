# A value equal to the default (the same object) does not count as "given" for exclusion;
# positionals with nargs='?' may be in a group too.
import argparse

parser = argparse.ArgumentParser(prog='m', exit_on_error=False)
group = parser.add_mutually_exclusive_group()
group.add_argument('--level', type=int, default=0)
group.add_argument('--name', default='x')
group.add_argument('target', nargs='?', default='all')

print(parser.parse_args(['--level', '2']))
print(parser.parse_args(['--name', 'x', '--level', '3']))
print(parser.parse_args(['thing']))
parser.print_help()
for argv in (['--level', '1', 'thing'], ['--name', 'y', '--level', '1']):
    try:
        parser.parse_args(argv)
    except argparse.ArgumentError as e:
        print(argv, '->', e)

try:
    parser.add_mutually_exclusive_group().add_argument('--must', required=True)
except ValueError as e:
    print('ValueError:', e)
