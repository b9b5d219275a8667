# How each nargs value appears in usage and help, for options and positionals.
import argparse

parser = argparse.ArgumentParser(prog='shapes')
parser.add_argument('--none')
parser.add_argument('--opt', nargs='?')
parser.add_argument('--star', nargs='*')
parser.add_argument('--plus', nargs='+')
parser.add_argument('--two', nargs=2)
parser.add_argument('--one', nargs=1)
parser.add_argument('--rest', nargs=argparse.REMAINDER)
parser.add_argument('--choice', choices=['x', 'y'], nargs='+')
parser.add_argument('p_none')
parser.add_argument('p_opt', nargs='?')
parser.add_argument('p_star', nargs='*')
parser.add_argument('p_three', nargs=3)
parser.print_help()

p2 = argparse.ArgumentParser(prog='p2')
p2.add_argument('p_plus', nargs='+', choices=['a', 'b'])
p2.add_argument('p_rest', nargs=argparse.REMAINDER)
p2.print_help()
