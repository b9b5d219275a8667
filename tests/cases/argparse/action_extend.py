# extend adds every value of each occurrence to one list.
import argparse

parser = argparse.ArgumentParser(prog='pkg')
parser.add_argument('--add', action='extend', nargs='+', default=[])
parser.add_argument('--one', action='extend', nargs=1, type=int)
parser.add_argument('--maybe', action='extend', nargs='*')

print(parser.parse_args(['--add', 'a', 'b', '--add', 'c']))
print(parser.parse_args(['--one', '12', '--one', '3']))
print(parser.parse_args(['--maybe', '--maybe', 'x', 'y']))
parser.print_help()
