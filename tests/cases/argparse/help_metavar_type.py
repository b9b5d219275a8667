# MetavarTypeHelpFormatter names values after their type.
import argparse

parser = argparse.ArgumentParser(prog='typed', formatter_class=argparse.MetavarTypeHelpFormatter)
parser.add_argument('--count', type=int, help='how many')
parser.add_argument('--ratio', type=float, nargs=2)
parser.add_argument('--name', type=str, metavar='NAME')
parser.add_argument('path', type=str)
parser.add_argument('sizes', type=int, nargs='*')
parser.print_help()

broken = argparse.ArgumentParser(prog='b', formatter_class=argparse.MetavarTypeHelpFormatter)
try:
    broken.add_argument('--untyped')
except AttributeError as e:
    print('AttributeError:', e)
